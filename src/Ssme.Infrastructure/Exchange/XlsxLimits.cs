using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Ssme.Domain.Exchange;

namespace Ssme.Infrastructure.Exchange;

/// <summary>
/// Holds a workbook to SPEC §11 before MiniExcel reads it. The uncompressed size comes from the ZIP's
/// central directory, so a bomb is refused without inflating it; the first sheet and the shared
/// strings are then streamed once, counting each cell's characters in chunks, so a cell of hundreds
/// of megabytes is refused without ever being held as one string.
/// </summary>
internal static class XlsxLimits
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Check(Stream workbook, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        long uncompressed = 0;
        foreach (var entry in zip.Entries)
        {
            uncompressed += entry.Length;
            if (uncompressed > UploadLimits.MaxXlsxUncompressedBytes)
            {
                throw new ExchangeFileException(UploadProblems.WorkbookTooLarge);
            }
        }

        if (FirstSheet(zip) is not { } sheet)
        {
            return;
        }

        var longStrings = zip.GetEntry("xl/sharedStrings.xml") is { } sharedStrings ? LongSharedStrings(sharedStrings, cancellationToken) : [];
        CheckSheet(sheet, longStrings, cancellationToken);
    }

    /// <summary>The sheet MiniExcel reads: the first one the workbook lists, through its relationship.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        var fallback = zip.Entries
            .Where(entry => entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .FirstOrDefault();
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relations)
        {
            return fallback;
        }

        string? id = null;
        using (var reader = XmlReader.Create(workbook.Open(), Settings))
        {
            while (id is null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    id = reader.GetAttribute("id", Relationships);
                }
            }
        }

        using (var reader = XmlReader.Create(relations.Open(), Settings))
        {
            while (id is not null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id && reader.GetAttribute("Target") is { } target)
                {
                    return zip.GetEntry(target.StartsWith('/') ? target[1..] : "xl/" + target) ?? fallback;
                }
            }
        }

        return fallback;
    }

    /// <summary>The positions of the shared strings longer than a cell may be.</summary>
    private static HashSet<int> LongSharedStrings(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var tooLong = new HashSet<int>();
        var chunk = new char[4096];
        var index = -1;
        long length = 0;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Main)
            {
                switch (reader.LocalName)
                {
                    case "si":
                        cancellationToken.ThrowIfCancellationRequested();
                        index++;
                        length = 0;
                        break;
                    case "rPh":
                        reader.Skip();
                        break;
                    case "t" when !reader.IsEmptyElement && reader.Read():
                        length += TextLength(reader, chunk);
                        if (length > UploadLimits.MaxCellCharacters)
                        {
                            tooLong.Add(index);
                        }

                        break;
                }
            }
        }

        return tooLong;
    }

    private static void CheckSheet(ZipArchiveEntry entry, HashSet<int> longStrings, CancellationToken cancellationToken)
    {
        var chunk = new char[4096];
        var row = 0;
        var column = 0;
        string? type = null;
        long length = 0;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Main)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension":
                    // MiniExcel sizes every row by the declared range, so it is held to the limits too.
                    if (reader.GetAttribute("ref") is { } range && Position(range[(range.IndexOf(':') + 1)..]) is var (lastColumn, lastRow))
                    {
                        CheckRow(lastRow);
                        CheckColumn(lastColumn);
                    }

                    break;
                case "row":
                    cancellationToken.ThrowIfCancellationRequested();
                    row = reader.GetAttribute("r") is not { } declared ? row + 1
                        : int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue;
                    column = 0;
                    CheckRow(row);
                    break;
                case "c":
                    column = reader.GetAttribute("r") is { } reference && Position(reference) is var (cellColumn, _) ? cellColumn : column + 1;
                    CheckColumn(column);
                    type = reader.GetAttribute("t");
                    length = 0;
                    break;
                case "f":
                case "rPh":
                    reader.Skip();
                    break;
                case "v" when type == "s" && !reader.IsEmptyElement && reader.Read():
                    if (int.TryParse(Bounded(reader, chunk), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && longStrings.Contains(index))
                    {
                        throw TooLong(row, column);
                    }

                    break;
                case "v" or "t" when !reader.IsEmptyElement && reader.Read():
                    length += TextLength(reader, chunk);
                    if (length > UploadLimits.MaxCellCharacters)
                    {
                        throw TooLong(row, column);
                    }

                    break;
            }
        }
    }

    private static void CheckRow(int row)
    {
        if (row > UploadLimits.MaxRows + 1)
        {
            throw new ExchangeFileException(UploadProblems.TooManyRows);
        }
    }

    private static void CheckColumn(int column)
    {
        if (column > UploadLimits.MaxColumns)
        {
            throw new ExchangeFileException(UploadProblems.TooManyColumns);
        }
    }

    private static ExchangeFileException TooLong(int row, int column) => ExchangeFileException.OfCell(row, ColumnName(column), UploadProblems.CellTooLong);

    /// <summary>The characters of the text node the reader stands on, read in chunks and never kept.</summary>
    private static long TextLength(XmlReader reader, char[] chunk)
    {
        long length = 0;
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
        {
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                length += read;
            }

            if (!reader.Read())
            {
                break;
            }
        }

        return length;
    }

    /// <summary>A short value such as a shared-string index; anything longer than one chunk is not one.</summary>
    private static string Bounded(XmlReader reader, char[] chunk)
    {
        if (reader.NodeType is not XmlNodeType.Text)
        {
            return string.Empty;
        }

        var read = reader.ReadValueChunk(chunk, 0, chunk.Length);
        return new string(chunk, 0, read);
    }

    /// <summary>Column (1 = A) and row of a reference such as <c>AB12</c>.</summary>
    private static (int Column, int Row)? Position(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= UploadLimits.MaxColumns * 26; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return column > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? (column, row) : null;
    }

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
