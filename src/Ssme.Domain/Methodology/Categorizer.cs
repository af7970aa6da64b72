using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Methodology;

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
