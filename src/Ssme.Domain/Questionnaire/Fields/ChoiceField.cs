namespace Ssme.Domain.Questionnaire;

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
