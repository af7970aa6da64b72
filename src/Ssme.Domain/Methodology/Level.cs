namespace Ssme.Domain.Methodology;

/// <summary>The three levels of the SSME categorization. A missing level is "Sin dato".</summary>
public enum Level
{
    Basic = 1,
    Consolidating = 2,
    Consolidated = 3,
}

public static class LevelText
{
    public const string NoData = "Sin dato";

    public static IReadOnlyList<Level> All { get; } = [Level.Basic, Level.Consolidating, Level.Consolidated];

    /// <summary>"Nivel 2: En consolidación".</summary>
    public static string ToSpanish(this Level level) => $"Nivel {(int)level}: {level.Name()}";

    public static string Name(this Level level) => level switch
    {
        Level.Basic => "Básico",
        Level.Consolidating => "En consolidación",
        Level.Consolidated => "Consolidada",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>"Nivel 2", or "Sin dato" when there is no level.</summary>
    public static string Label(this Level? level) => level is { } value ? $"Nivel {(int)value}" : NoData;

    /// <summary>
    /// The mean of levels rounded half up (1,5 → 2; 2,5 → 3), computed exactly in integers.
    /// Null when there is nothing to average.
    /// </summary>
    public static Level? MeanRoundedHalfUp(int sum, int count) =>
        count == 0 ? null : (Level)(((2 * sum) + count) / (2 * count));
}
