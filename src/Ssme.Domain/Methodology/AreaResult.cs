namespace Ssme.Domain.Methodology;

/// <summary>The level of an area: the half-up mean of its variables that have one.</summary>
public readonly record struct AreaResult(AreaDefinition Area, Level? Level, int VariablesWithLevel);
