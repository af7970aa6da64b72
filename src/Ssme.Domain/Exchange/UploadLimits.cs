using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Exchange;

/// <summary>
/// What an uploaded data file may hold (SPEC §11), checked while the file is read so that no file,
/// however built, makes the server hold more than a bounded amount of it.
/// </summary>
public static class UploadLimits
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Data rows, the header not counted.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The longest free text of the questionnaire, so no valid answer is ever cut off.</summary>
    public const int MaxCellCharacters = FieldBounds.MaxTextLength;

    public const long MaxXlsxUncompressedBytes = 100 * 1024 * 1024;

    /// <summary>
    /// Not in the specification: a wave file has about 60 columns, and without a bound a header of a
    /// million empty columns would make every row a million-entry dictionary.
    /// </summary>
    public const int MaxColumns = 500;

    /// <summary>A physical CSV line long enough for every column at its longest; it bounds the parser's field table.</summary>
    public const int MaxLineCharacters = MaxColumns * (MaxCellCharacters + 3);
}
