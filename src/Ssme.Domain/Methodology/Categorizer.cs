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

public sealed record CategorizationResult(
    MethodologyDefinition Methodology,
    IReadOnlyList<VariableResult> Variables,
    IReadOnlyList<AreaResult> Areas,
    Level? Overall)
{
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
        var variables = new VariableResult[methodology.Variables.Count];
        if (answers.HasPeriodData != true)
        {
            var reason = answers.HasPeriodData == false
                ? "la iniciativa no tiene información del periodo analizado"
                : "falta indicar si la iniciativa tiene información del periodo analizado";
            for (var i = 0; i < variables.Length; i++)
            {
                variables[i] = new VariableResult(methodology.Variables[i], null, null, null, null, reason);
            }
        }
        else
        {
            for (var i = 0; i < variables.Length; i++)
            {
                variables[i] = Evaluate(methodology.Variables[i], answers);
            }
        }

        var areas = new AreaResult[methodology.Areas.Count];
        Span<int> sums = stackalloc int[areas.Length];
        Span<int> counts = stackalloc int[areas.Length];
        var areaIndex = methodology.AreaIndexOfVariable;
        for (var i = 0; i < variables.Length; i++)
        {
            if (variables[i].Level is { } level)
            {
                sums[areaIndex[i]] += (int)level;
                counts[areaIndex[i]]++;
            }
        }

        int overallSum = 0, overallCount = 0;
        for (var a = 0; a < areas.Length; a++)
        {
            var areaLevel = LevelText.MeanRoundedHalfUp(sums[a], counts[a]);
            areas[a] = new AreaResult(methodology.Areas[a], areaLevel, counts[a]);
            if (areaLevel is { } value)
            {
                overallSum += (int)value;
                overallCount++;
            }
        }

        return new CategorizationResult(methodology, variables, areas, LevelText.MeanRoundedHalfUp(overallSum, overallCount));
    }

    private static VariableResult Evaluate(VariableDefinition variable, Answers answers)
    {
        if (variable.Kind == RuleKind.Choice)
        {
            return variable.Input.ReadChoiceIndex(answers) is { } index
                ? new VariableResult(variable, variable.LevelsByChoiceIndex[index], null, null, variable.Input.ChoiceCodes[index], null)
                : new VariableResult(variable, null, null, null, null, variable.Input.MissingReason);
        }

        if (variable.Input.ReadNumber(answers) is not { } value)
        {
            return new VariableResult(variable, null, null, null, null, variable.Input.MissingReason);
        }

        if (!value.HasValue)
        {
            return new VariableResult(variable, null, value, null, null, variable.Input.ZeroDenominatorReason ?? variable.Input.MissingReason);
        }

        var scale = variable.Kind == RuleKind.Percent ? PercentScale : CountScale;
        var approximate = value.Approximate * (variable.Kind == RuleKind.Percent ? 100d : 1d);
        foreach (var band in variable.BandArray)
        {
            if (band.Contains(in value, scale, approximate))
            {
                return new VariableResult(variable, band.Level, value, band, null, null);
            }
        }

        throw new InvalidOperationException($"Variable '{variable.Code}' has no band for the value {value}; the definition validation should have refused it.");
    }
}
