using System.Globalization;
using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

internal sealed class PesosField(string code, Section section, string label, string shortLabel, string? help, Func<Answers, Cop?> get, Func<Answers, Cop?, Answers> set)
    : QuestionField(code, section, FieldKind.Pesos, label, shortLabel, help)
{
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
        if (value is null || value < 0 || value > FieldBounds.MaxPesos)
        {
            return Rejected(answers, $"escriba un valor en pesos entre 0 y {EsCo.Pesos(FieldBounds.MaxPesos)}, sin centavos, por ejemplo 1.250.000 (escribió «{raw.Trim()}»).");
        }

        if (value.Value != decimal.Truncate(value.Value))
        {
            return Rejected(answers, $"escriba el valor en pesos sin centavos, por ejemplo 1.250.000 (escribió «{raw.Trim()}»).");
        }

        return Assigned(set(answers, new Cop(value.Value)));
    }
}
