namespace Ssme.Domain.Questionnaire;

/// <summary>
/// The bounds of SPEC §4, held by every answer however it arrives (form, file, verb). They keep the
/// sums the report and the methodology compute far from any integer limit.
/// </summary>
public static class FieldBounds
{
    public const int MaxCount = 10_000_000;

    public const decimal MaxPesos = 1_000_000_000_000_000m;

    public const int MaxTextLength = 4_000;
}
