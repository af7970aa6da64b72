using Ssme.Domain.Common;

namespace Ssme.Domain.Methodology;

/// <summary>
/// How far a variable is from its next level, in what the manager controls: the smallest
/// <see cref="Amount"/> of the input's lever that reaches <see cref="Target"/> (or, when
/// <see cref="MoreThan"/>, any amount above it), or for a choice the answers that give it.
/// </summary>
public sealed record LevelDistance(VariableDefinition Variable, Level Target, decimal Amount, bool MoreThan, IReadOnlyList<string> ChoiceCodes)
{
    /// <summary>"Nivel 3 requiere x ≥ 80 %: faltan 3 empresas activas".</summary>
    public string Text
    {
        get
        {
            if (Variable.Kind == RuleKind.Choice)
            {
                return $"Nivel {(int)Target} requiere: {string.Join(" o ", ChoiceCodes.Select(code => Variable.ChoiceLabels.GetValueOrDefault(code, code)))}";
            }

            var lever = Variable.Input.Lever!;
            var requirement = Variable.Bands[(int)Target - 1].Describe(Variable.Symbol, Variable.Unit);
            var missing = lever.Unit switch
            {
                LeverUnit.Pesos => $"faltan {EsCo.Pesos(Amount)} {lever.Many}",
                LeverUnit.PercentagePoints when MoreThan && Amount == 0m => $"falta superar el {EsCo.Percent(Variable.Bands[(int)Target - 1].Lower!.Value.Value, 2)} {lever.Many}",
                LeverUnit.PercentagePoints => $"faltan {(MoreThan ? "más de " : string.Empty)}{EsCo.Number(Amount)} puntos porcentuales {lever.Many}",
                _ when Amount == 1m => $"falta 1 {lever.One}",
                _ => $"faltan {EsCo.Count((long)Amount)} {lever.Many}",
            };
            return $"Nivel {(int)Target} requiere {requirement}: {missing}";
        }
    }

    /// <summary>
    /// The distance of a variable below Nivel 3 from the next level; null at Nivel 3, without a
    /// level ("Sin dato", zero denominators included), or when the lever cannot reach it.
    /// </summary>
    public static LevelDistance? Of(VariableResult result)
    {
        if (result.Level is not { } level || level == Level.Consolidated)
        {
            return null;
        }

        var variable = result.Variable;
        var target = level + 1;
        if (variable.Kind == RuleKind.Choice)
        {
            return new LevelDistance(variable, target, 0m, false, [.. variable.Input.ChoiceCodes.Where(code => variable.Choices[code] == target)]);
        }

        if (result.Value is not { HasValue: true } value || variable.Input.Lever is not { } lever || variable.Bands[(int)target - 1].Lower is not { } bound)
        {
            return null;
        }

        // Adding k to the lever reaches the bound when (N + k)·scale ≥ bound·(D + c·k), c = 1 when
        // the lever also grows the denominator: k·(scale − c·bound) ≥ bound·D − scale·N.
        var scale = variable.Kind == RuleKind.Percent ? 100m : 1m;
        var gain = scale - (lever.RaisesDenominator ? bound.Value : 0m);
        if (gain <= 0m)
        {
            return null;
        }

        var needed = (bound.Value * value.Denominator) - (scale * value.Numerator);
        if (lever.Unit == LeverUnit.PercentagePoints)
        {
            return new LevelDistance(variable, target, needed / gain, !bound.Inclusive, []);
        }

        var amount = SmallestWhole(value, scale, bound, lever.RaisesDenominator, Math.Max(0m, Math.Ceiling(needed / gain)));
        if (lever.CappedByDenominator && value.Numerator + amount > value.Denominator)
        {
            return null;
        }

        return new LevelDistance(variable, target, amount, false, []);
    }

    // The division only gives a first guess; exact cross-multiplication settles the smallest whole
    // amount, so a quotient such as 1/70 never rounds a firm or a peso away.
    private static decimal SmallestWhole(Ratio value, decimal scale, Bound bound, bool raisesDenominator, decimal guess)
    {
        bool Reaches(decimal k)
        {
            var comparison = ((value.Numerator + k) * scale).CompareTo(bound.Value * (value.Denominator + (raisesDenominator ? k : 0m)));
            return comparison > 0 || (comparison == 0 && bound.Inclusive);
        }

        var amount = guess;
        while (amount > 0m && Reaches(amount - 1m))
        {
            amount--;
        }

        while (!Reaches(amount))
        {
            amount++;
        }

        return amount;
    }
}
