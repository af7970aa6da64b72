using System.Globalization;
using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

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
        if (value is null || value < 0 || value != decimal.Truncate(value.Value) || value > FieldBounds.MaxCount)
        {
            return Rejected(answers, $"escriba un número entero entre 0 y {EsCo.Count(FieldBounds.MaxCount)} (escribió «{raw.Trim()}»).");
        }

        return Assigned(set(answers, (int)value.Value));
    }
}
