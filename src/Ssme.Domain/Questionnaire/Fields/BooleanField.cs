using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

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
