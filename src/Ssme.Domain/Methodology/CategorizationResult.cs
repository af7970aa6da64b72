using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Methodology;

/// <summary>
/// The levels of one submission. Levels are kept compactly; the per-variable details behind the
/// explanations are worked out from the answers the first time they are read, so lists,
/// dashboards and reports that need only levels never build them.
/// </summary>
public sealed class CategorizationResult
{
    private readonly Answers _answers;
    private readonly byte[] _variableLevels;
    private readonly byte[] _areaLevels;
    private readonly byte[] _areaCounts;
    private VariableResult[]? _variables;
    private AreaResult[]? _areas;

    internal CategorizationResult(MethodologyDefinition methodology, Answers answers, byte[] variableLevels, byte[] areaLevels, byte[] areaCounts, Level? overall)
    {
        Methodology = methodology;
        _answers = answers;
        _variableLevels = variableLevels;
        _areaLevels = areaLevels;
        _areaCounts = areaCounts;
        Overall = overall;
    }

    public MethodologyDefinition Methodology { get; }

    public Level? Overall { get; }

    /// <summary>Every variable with its level, value, band and explanation, in the methodology's order.</summary>
    public IReadOnlyList<VariableResult> Variables => _variables ??= Categorizer.Explain(Methodology, _answers);

    public IReadOnlyList<AreaResult> Areas =>
        _areas ??= [.. Methodology.Areas.Select((area, i) => new AreaResult(area, AreaLevel(i), _areaCounts[i], AreaLevelSum(i)))];

    /// <summary>The unrounded mean of the area levels, of which <see cref="Overall"/> is the half-up rounding.</summary>
    public decimal? OverallMean
    {
        get
        {
            var levels = _areaLevels.Where(level => level != 0).ToList();
            return levels.Count == 0 ? null : (decimal)levels.Sum(level => (int)level) / levels.Count;
        }
    }

    /// <summary>The level of the variable at <paramref name="index"/> in the methodology, without building its details.</summary>
    public Level? VariableLevel(int index) => _variableLevels[index] == 0 ? null : (Level)_variableLevels[index];

    public Level? AreaLevel(int index) => _areaLevels[index] == 0 ? null : (Level)_areaLevels[index];

    private int AreaLevelSum(int index)
    {
        var sum = 0;
        var areaIndex = Methodology.AreaIndexOfVariable;
        for (var i = 0; i < _variableLevels.Length; i++)
        {
            if (areaIndex[i] == index)
            {
                sum += _variableLevels[i];
            }
        }

        return sum;
    }

    public VariableResult Variable(string code)
    {
        foreach (var result in Variables)
        {
            if (result.Variable.Code == code)
            {
                return result;
            }
        }

        throw new KeyNotFoundException($"No variable '{code}' in the result.");
    }

    public AreaResult Area(int number)
    {
        foreach (var result in Areas)
        {
            if (result.Area.Number == number)
            {
                return result;
            }
        }

        throw new KeyNotFoundException($"No area {number} in the result.");
    }
}
