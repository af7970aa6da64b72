using Ssme.Domain.Common;

namespace Ssme.Domain.Questionnaire;

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
