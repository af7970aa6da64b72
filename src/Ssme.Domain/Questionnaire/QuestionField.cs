using System.Globalization;
using System.Text.RegularExpressions;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;

namespace Ssme.Domain.Questionnaire;

public enum FieldKind
{
    Text,
    LongText,
    Department,
    Boolean,
    Percent,
    Count,
    Pesos,
    Choice,
    MultiChoice,
}

/// <summary>How a raw value is written: machine values in files, or what a person types in the form.</summary>
public enum ValueFormat
{
    /// <summary>CSV/XLSX: <c>45.5</c>, <c>1250000</c>, <c>true</c>, codes (SPEC §6).</summary>
    Machine,

    /// <summary>The form: also <c>45,5</c>, <c>1.250.000</c>, <c>$ 1.250.000</c>.</summary>
    Typed,
}

public sealed record FieldOption(string Code, string Label);

/// <summary>The answers after a field read a raw value, and the problem when the value was refused.</summary>
public readonly record struct FieldAssignment(Answers Answers, string? Problem);

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

internal sealed class TextField(string code, Section section, string label, string shortLabel, string? help, int maxLength, bool longText, Func<Answers, string?> get, Func<Answers, string?, Answers> set)
    : QuestionField(code, section, longText ? FieldKind.LongText : FieldKind.Text, label, shortLabel, help)
{
    public override int? MaxLength { get; } = maxLength;

    public override bool HasValue(Answers answers) => !string.IsNullOrWhiteSpace(get(answers));

    public override string? ToMachine(Answers answers) => get(answers);

    public override string? ToInput(Answers answers) => get(answers);

    public override string? ToDisplay(Answers answers) => get(answers);

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        var text = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        if (text?.Length > maxLength)
        {
            return Rejected(answers, $"no puede superar {EsCo.Count(maxLength)} caracteres (tiene {EsCo.Count(text.Length)}).");
        }

        return Assigned(set(answers, text));
    }
}

internal sealed class DepartmentField(string code, Section section, string label, string shortLabel, string? help)
    : QuestionField(code, section, FieldKind.Department, label, shortLabel, help)
{
    public override IReadOnlyList<FieldOption> Options { get; } = Department.All.OrderBy(d => d.Name, StringComparer.Create(EsCo.Culture, false)).Select(d => new FieldOption(d.Code, d.Name)).ToList();

    public override bool HasValue(Answers answers) => answers.Department is not null;

    public override string? ToMachine(Answers answers) => answers.Department;

    public override string? ToInput(Answers answers) => answers.Department;

    public override string? ToDisplay(Answers answers) => answers.Department is { } code ? Department.Find(code)?.Name : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(answers with { Department = null });
        }

        var department = Department.Find(raw);
        if (department is null)
        {
            return Rejected(answers, $"«{raw.Trim()}» no es un departamento de Colombia (escriba el nombre o el código DIVIPOLA, por ejemplo «Antioquia» o «05»).");
        }

        return Assigned(answers with { Department = department.Code });
    }
}

internal sealed class BooleanField(string code, Section section, string label, string shortLabel, string? help, Func<Answers, bool?> get, Func<Answers, bool?, Answers> set)
    : QuestionField(code, section, FieldKind.Boolean, label, shortLabel, help)
{
    public override IReadOnlyList<FieldOption> Options { get; } = [new("true", "Sí"), new("false", "No")];

    public override bool HasValue(Answers answers) => get(answers) is not null;

    public override string? ToMachine(Answers answers) => get(answers) switch { true => "true", false => "false", null => null };

    public override string? ToInput(Answers answers) => ToMachine(answers);

    public override string? ToDisplay(Answers answers) => get(answers) switch { true => "Sí", false => "No", null => null };

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(set(answers, null));
        }

        bool? value = SpanishText.Fold(raw) switch
        {
            "true" or "si" or "1" => true,
            "false" or "no" or "0" => false,
            _ => null,
        };
        if (value is null)
        {
            return Rejected(answers, $"«{raw.Trim()}» no es una respuesta válida; use sí o no (true o false).");
        }

        return Assigned(set(answers, value));
    }
}

internal sealed class PercentField(string code, Section section, string label, string shortLabel, string? help, Func<Answers, Percent?> get, Func<Answers, Percent?, Answers> set)
    : QuestionField(code, section, FieldKind.Percent, label, shortLabel, help)
{
    public override bool HasValue(Answers answers) => get(answers) is not null;

    public override string? ToMachine(Answers answers) => get(answers)?.Value.ToString(CultureInfo.InvariantCulture);

    public override string? ToInput(Answers answers) => get(answers) is { } value ? EsCo.Number(value.Value, 4).Replace(".", string.Empty, StringComparison.Ordinal) : null;

    public override string? ToDisplay(Answers answers) => get(answers) is { } value ? EsCo.Percent(value.Value, 2) : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(set(answers, null));
        }

        var value = ParseNumber(raw, format, thousandsWithDots: false);
        if (value is null || !Percent.IsValid(value.Value))
        {
            return Rejected(answers, $"escriba un porcentaje entre 0 y 100 (escribió «{raw.Trim()}»).");
        }

        return Assigned(set(answers, new Percent(value.Value)));
    }
}

internal sealed class CountField(string code, Section section, string label, string shortLabel, string? help, Func<Answers, int?> get, Func<Answers, int?, Answers> set)
    : QuestionField(code, section, FieldKind.Count, label, shortLabel, help)
{
    public override bool HasValue(Answers answers) => get(answers) is not null;

    public override string? ToMachine(Answers answers) => get(answers)?.ToString(CultureInfo.InvariantCulture);

    public override string? ToInput(Answers answers) => ToMachine(answers);

    public override string? ToDisplay(Answers answers) => get(answers) is { } value ? EsCo.Count(value) : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(set(answers, null));
        }

        var value = ParseNumber(raw, format, thousandsWithDots: true);
        if (value is null || value < 0 || value != decimal.Truncate(value.Value) || value > int.MaxValue)
        {
            return Rejected(answers, $"escriba un número entero mayor o igual a 0 (escribió «{raw.Trim()}»).");
        }

        return Assigned(set(answers, (int)value.Value));
    }
}

internal sealed class PesosField(string code, Section section, string label, string shortLabel, string? help, Func<Answers, Cop?> get, Func<Answers, Cop?, Answers> set)
    : QuestionField(code, section, FieldKind.Pesos, label, shortLabel, help)
{
    private const decimal MaxAmount = 1_000_000_000_000_000m;

    public override bool HasValue(Answers answers) => get(answers) is not null;

    public override string? ToMachine(Answers answers) => get(answers)?.Amount.ToString("0.##", CultureInfo.InvariantCulture);

    public override string? ToInput(Answers answers) => get(answers) is { } value ? EsCo.Number(value.Amount) : null;

    public override string? ToDisplay(Answers answers) => get(answers) is { } value ? EsCo.Pesos(value.Amount) : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(set(answers, null));
        }

        var value = ParseNumber(raw, format, thousandsWithDots: true);
        if (value is null || value < 0 || value > MaxAmount)
        {
            return Rejected(answers, $"escriba un valor en pesos mayor o igual a 0, sin centavos, por ejemplo 1.250.000 (escribió «{raw.Trim()}»).");
        }

        return Assigned(set(answers, new Cop(value.Value)));
    }
}

internal sealed class ChoiceField<TEnum>(string code, Section section, string label, string shortLabel, string? help, Func<Answers, TEnum?> get, Func<Answers, TEnum?, Answers> set, IReadOnlyDictionary<TEnum, string> labels)
    : QuestionField(code, section, FieldKind.Choice, label, shortLabel, help)
    where TEnum : struct, Enum
{
    public override IReadOnlyList<FieldOption> Options { get; } = ChoiceCode.Values<TEnum>().Select(value => new FieldOption(ChoiceCode.ToCode(value), labels[value])).ToList();

    public override bool HasValue(Answers answers) => get(answers) is not null;

    public override string? ToMachine(Answers answers) => get(answers) is { } value ? ChoiceCode.ToCode(value) : null;

    public override string? ToInput(Answers answers) => ToMachine(answers);

    public override string? ToDisplay(Answers answers) => get(answers) is { } value ? labels[value] : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(set(answers, null));
        }

        if (!ChoiceCode.TryParse<TEnum>(raw, out var value))
        {
            return Rejected(answers, $"«{raw.Trim()}» no es una opción válida (opciones: {string.Join(", ", ChoiceCode.Codes<TEnum>())}).");
        }

        return Assigned(set(answers, value));
    }
}

internal sealed class MultiChoiceField<TFlags>(string code, Section section, string label, string shortLabel, string? help, Func<Answers, TFlags> get, Func<Answers, TFlags, Answers> set, IReadOnlyDictionary<TFlags, string> labels)
    : QuestionField(code, section, FieldKind.MultiChoice, label, shortLabel, help)
    where TFlags : struct, Enum
{
    public override IReadOnlyList<FieldOption> Options { get; } = ChoiceCode.Values<TFlags>().Select(value => new FieldOption(ChoiceCode.ToCode(value), labels[value])).ToList();

    public override bool HasValue(Answers answers) => Convert.ToInt64(get(answers), CultureInfo.InvariantCulture) != 0;

    public override string? ToMachine(Answers answers) => HasValue(answers) ? ChoiceCode.ToCodes(get(answers)) : null;

    public override string? ToInput(Answers answers) => ToMachine(answers);

    public override string? ToDisplay(Answers answers) =>
        HasValue(answers) ? string.Join("; ", ChoiceCode.Split(get(answers)).Select(value => labels[value])) : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        var value = ChoiceCode.ParseCodes<TFlags>(raw, out var unknown);
        if (unknown.Count > 0)
        {
            return Rejected(answers, $"{string.Join(", ", unknown.Select(code => $"«{code}»"))} no {(unknown.Count == 1 ? "es una opción válida" : "son opciones válidas")} (opciones: {string.Join(", ", ChoiceCode.Codes<TFlags>())}).");
        }

        return Assigned(set(answers, value));
    }
}
