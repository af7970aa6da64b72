namespace Ssme.Domain.Methodology;

/// <summary>The level of an area: the half-up mean of its variables that have one.</summary>
public readonly record struct AreaResult(AreaDefinition Area, Level? Level, int VariablesWithLevel, int LevelSum = 0)
{
    /// <summary>The unrounded mean of the variable levels (a Nivel 2 at 2,4 is not one at 1,6); null without levels.</summary>
    public decimal? Mean => VariablesWithLevel == 0 ? null : (decimal)LevelSum / VariablesWithLevel;
}
