using Ssme.Domain.Common;

namespace Ssme.Domain.Methodology;

/// <summary>
/// The level of one variable (null is "Sin dato"). The explanation is composed only when read:
/// categorizing thousands of submissions for a report must not build thousands of sentences.
/// </summary>
public readonly record struct VariableResult(VariableDefinition Variable, Level? Level, Ratio? Value, Band? Band, string? ChoiceCode, string? NoDataReason)
{
    /// <summary>How far the next level is; null at Nivel 3 and for "Sin dato".</summary>
    public LevelDistance? DistanceToNextLevel => LevelDistance.Of(this);

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
