using System.Globalization;
using System.Text.RegularExpressions;

namespace Ssme.Domain.Questionnaire;

/// <summary>
/// One question of SPEC §4: its code, section, Spanish wording, and how its value is read, written,
/// shown and parsed. Forms, file import/export, review pages and the report all go through these.
/// </summary>
public abstract partial class QuestionField
{
    protected QuestionField(string code, Section section, FieldKind kind, string label, string shortLabel, string? help)
    {
        Code = code;
        Section = section;
        Kind = kind;
        Label = label;
        ShortLabel = shortLabel;
        Help = help;
    }

    public string Code { get; }

    public Section Section { get; }

    public FieldKind Kind { get; }

    /// <summary>The question as the form asks it.</summary>
    public string Label { get; }

    /// <summary>A short name for tables and error messages.</summary>
    public string ShortLabel { get; }

    public string? Help { get; }

    public virtual IReadOnlyList<FieldOption> Options => [];

    /// <summary>The longest text accepted, for text questions; the database column follows it.</summary>
    public virtual int? MaxLength => null;

    public abstract bool HasValue(Answers answers);

    /// <summary>The machine value for files, or null when unanswered.</summary>
    public abstract string? ToMachine(Answers answers);

    /// <summary>The value to put back in the form's box.</summary>
    public abstract string? ToInput(Answers answers);

    /// <summary>The value as a person reads it: "45,5 %", "$ 1.250.000", an option's label.</summary>
    public abstract string? ToDisplay(Answers answers);

    /// <summary>
    /// Parses <paramref name="raw"/> into new answers (empty clears the answer). On a bad value the
    /// answers come back unchanged with a Spanish message naming the field.
    /// </summary>
    public abstract FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format);

    protected static FieldAssignment Assigned(Answers answers) => new(answers, null);

    protected FieldAssignment Rejected(Answers answers, string text) => new(answers, $"{ShortLabel}: {text}");

    internal static decimal? ParseNumber(string raw, ValueFormat format, bool thousandsWithDots)
    {
        var text = raw.Trim();
        if (format == ValueFormat.Typed)
        {
            text = text.Replace("$", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
            if (text.Contains(',', StringComparison.Ordinal))
            {
                text = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
            }
            else if (thousandsWithDots && DottedThousands().IsMatch(text))
            {
                text = text.Replace(".", string.Empty, StringComparison.Ordinal);
            }
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedThousands();
}
