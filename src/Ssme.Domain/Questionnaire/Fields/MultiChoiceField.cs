using System.Globalization;

namespace Ssme.Domain.Questionnaire;

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
