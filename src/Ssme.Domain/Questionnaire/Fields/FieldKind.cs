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
