using System.Globalization;
using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

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
