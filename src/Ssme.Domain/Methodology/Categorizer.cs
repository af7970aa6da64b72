using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Methodology;

/// <summary>
/// The level of one variable (null is "Sin dato"). The explanation is composed only when read:
/// categorizing thousands of submissions for a report must not build thousands of sentences.
/// </summary>
public readonly record struct VariableResult(VariableDefinition Variable, Level? Level, Ratio? Value, Band? Band, string? ChoiceCode, string? NoDataReason)
{
    /// <summary>One Spanish sentence: "62,5 % de empresas activas: 60 % &lt; x &lt; 80 % → Nivel 2".</summary>
    public string Explanation
    {
        get
        {
            if (NoDataReason is not null)
            {
                return $"Sin dato: {NoDataReason}.";
            }

            if (ChoiceCode is not null)
            {
                return $"{Variable.ChoiceLabels.GetValueOrDefault(ChoiceCode, ChoiceCode)} → Nivel {(int)Level!.Value}";
            }

            var value = Value!.Value;
            var shown = Variable.Kind == RuleKind.Percent
                ? EsCo.Percent(value.Percent, maxDecimals: 2)
                : EsCo.Number(value.Numerator / value.Denominator);
            return $"{shown} {Variable.ValueLabel}: {Band!.Describe(Variable.Symbol, Variable.Unit)} → Nivel {(int)Band.Level}";
        }
    }
}

/// <summary>The level of an area: the half-up mean of its variables that have one.</summary>
public readonly record struct AreaResult(AreaDefinition Area, Level? Level, int VariablesWithLevel);

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
        _areas ??= [.. Methodology.Areas.Select((area, i) => new AreaResult(area, AreaLevel(i), _areaCounts[i]))];

    /// <summary>The level of the variable at <paramref name="index"/> in the methodology, without building its details.</summary>
    public Level? VariableLevel(int index) => _variableLevels[index] == 0 ? null : (Level)_variableLevels[index];

    public Level? AreaLevel(int index) => _areaLevels[index] == 0 ? null : (Level)_areaLevels[index];

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

/// <summary>
/// Turns answers into levels per variable, per area and overall (SPEC §5). Pure and thread-safe:
/// pages, imports, exports and the report all call this one engine.
/// </summary>
public static class Categorizer
{
    private const decimal PercentScale = 100m;
    private const decimal CountScale = 1m;

    public static CategorizationResult Categorize(Answers answers, MethodologyDefinition methodology)
    {
        var variableLevels = new byte[methodology.Variables.Count];
        var areaLevels = new byte[methodology.Areas.Count];
        var areaCounts = new byte[methodology.Areas.Count];
        Span<int> sums = stackalloc int[areaLevels.Length];
        if (answers.HasPeriodData == true)
        {
            var areaIndex = methodology.AreaIndexOfVariable;
            for (var i = 0; i < variableLevels.Length; i++)
            {
                if (Classify(methodology.Variables[i], answers, out _, out _, out _) is { } level)
                {
                    variableLevels[i] = (byte)level;
                    sums[areaIndex[i]] += (int)level;
                    areaCounts[areaIndex[i]]++;
                }
            }
        }

        int overallSum = 0, overallCount = 0;
        for (var a = 0; a < areaLevels.Length; a++)
        {
            if (LevelText.MeanRoundedHalfUp(sums[a], areaCounts[a]) is { } areaLevel)
            {
                areaLevels[a] = (byte)areaLevel;
                overallSum += (int)areaLevel;
                overallCount++;
            }
        }

        return new CategorizationResult(methodology, answers, variableLevels, areaLevels, areaCounts, LevelText.MeanRoundedHalfUp(overallSum, overallCount));
    }

    /// <summary>The details of every variable: the value, the band it fell in, or why there is no level.</summary>
    internal static VariableResult[] Explain(MethodologyDefinition methodology, Answers answers)
    {
        var variables = new VariableResult[methodology.Variables.Count];
        var noPeriodData = answers.HasPeriodData switch
        {
            true => null,
            false => "la iniciativa no tiene información del periodo analizado",
            null => "falta indicar si la iniciativa tiene información del periodo analizado",
        };
        for (var i = 0; i < variables.Length; i++)
        {
            var variable = methodology.Variables[i];
            if (noPeriodData is not null)
            {
                variables[i] = new VariableResult(variable, null, null, null, null, noPeriodData);
                continue;
            }

            var level = Classify(variable, answers, out var value, out var band, out var choiceIndex);
            variables[i] = (level, value, choiceIndex) switch
            {
                ({ } choiceLevel, _, { } index) => new VariableResult(variable, choiceLevel, null, null, variable.Input.ChoiceCodes[index], null),
                ({ } bandLevel, _, _) => new VariableResult(variable, bandLevel, value, band, null, null),
                (null, { HasValue: false }, _) => new VariableResult(variable, null, value, null, null, variable.Input.ZeroDenominatorReason ?? variable.Input.MissingReason),
                _ => new VariableResult(variable, null, null, null, null, variable.Input.MissingReason),
            };
        }

        return variables;
    }

    /// <summary>The one place a variable's rule is applied; the details come out for explanations.</summary>
    private static Level? Classify(VariableDefinition variable, Answers answers, out Ratio? value, out Band? band, out int? choiceIndex)
    {
        value = null;
        band = null;
        choiceIndex = null;
        if (variable.Kind == RuleKind.Choice)
        {
            choiceIndex = variable.Input.ReadChoiceIndex(answers);
            return choiceIndex is { } index ? variable.LevelsByChoiceIndex[index] : null;
        }

        value = variable.Input.ReadNumber(answers);
        if (value is not { HasValue: true } ratio)
        {
            return null;
        }

        var scale = variable.Kind == RuleKind.Percent ? PercentScale : CountScale;
        var approximate = ratio.Approximate * (variable.Kind == RuleKind.Percent ? 100d : 1d);
        foreach (var candidate in variable.BandArray)
        {
            if (candidate.Contains(in ratio, scale, approximate))
            {
                band = candidate;
                return candidate.Level;
            }
        }

        throw new InvalidOperationException($"Variable '{variable.Code}' has no band for the value {ratio}; the definition validation should have refused it.");
    }
}
