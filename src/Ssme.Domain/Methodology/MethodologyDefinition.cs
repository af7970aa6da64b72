using Ssme.Domain.Common;

namespace Ssme.Domain.Methodology;

public enum RuleKind
{
    /// <summary>A percentage (an answer, or a share of two answers) placed in bands.</summary>
    Percent,

    /// <summary>A whole number (firms, professionals, months) placed in bands.</summary>
    Count,

    /// <summary>A single-choice answer whose codes map to levels.</summary>
    Choice,
}

/// <summary>One end of a band; <see cref="Inclusive"/> says whether the bound itself belongs to the band.</summary>
public readonly record struct Bound(decimal Value, bool Inclusive)
{
    /// <summary>The bound as a double, converted once: the categorizer's fast first comparison.</summary>
    internal double Approximate { get; } = (double)Value;
}

/// <summary>The range of values that gives <see cref="Level"/>; a missing end is unbounded.</summary>
public sealed record Band(Level Level, Bound? Lower, Bound? Upper, string? Text)
{
    /// <summary>"20 % &lt; x &lt; 80 %", "x ≥ 80 %", "n = 1".</summary>
    public string Describe(string symbol, string unit)
    {
        if (Text is not null)
        {
            return Text;
        }

        var lower = Lower is { } low ? $"{EsCo.Number(low.Value)}{unit} {(low.Inclusive ? "≤" : "<")} " : string.Empty;
        var upper = Upper is { } high ? $" {(high.Inclusive ? "≤" : "<")} {EsCo.Number(high.Value)}{unit}" : string.Empty;
        if (Lower is { } onlyLow && Upper is null)
        {
            return $"{symbol} {(onlyLow.Inclusive ? "≥" : ">")} {EsCo.Number(onlyLow.Value)}{unit}";
        }

        return lower + symbol + upper;
    }

    // The bounds unpacked once for the categorizer's hot path: a double decides when the value is
    // clearly away from a bound; within the margin, the exact cross-multiplication in decimal
    // decides, so no rounding ever moves a value across a bound.
    private readonly bool _hasLower = Lower is not null;
    private readonly bool _lowerInclusive = Lower?.Inclusive ?? false;
    private readonly decimal _lowerValue = Lower?.Value ?? 0m;
    private readonly double _lowerBelow = Below(Lower);
    private readonly double _lowerAbove = Above(Lower);
    private readonly bool _hasUpper = Upper is not null;
    private readonly bool _upperInclusive = Upper?.Inclusive ?? false;
    private readonly decimal _upperValue = Upper?.Value ?? 0m;
    private readonly double _upperBelow = Below(Upper);
    private readonly double _upperAbove = Above(Upper);

    internal bool Contains(in Ratio value, decimal scale, double approximate)
    {
        if (_hasLower)
        {
            var comparison = approximate < _lowerBelow ? -1 : approximate > _lowerAbove ? 1 : value.CompareScaled(scale, _lowerValue);
            if (comparison < 0 || (comparison == 0 && !_lowerInclusive))
            {
                return false;
            }
        }

        if (_hasUpper)
        {
            var comparison = approximate < _upperBelow ? -1 : approximate > _upperAbove ? 1 : value.CompareScaled(scale, _upperValue);
            if (comparison > 0 || (comparison == 0 && !_upperInclusive))
            {
                return false;
            }
        }

        return true;
    }

    private static double Margin(double bound) => 1e-9 * Math.Max(1d, Math.Abs(bound));

    private static double Below(Bound? bound) => bound is { } value ? value.Approximate - Margin(value.Approximate) : 0d;

    private static double Above(Bound? bound) => bound is { } value ? value.Approximate + Margin(value.Approximate) : 0d;
}

public sealed record AreaDefinition(int Number, string Name)
{
    /// <summary>"4 Gobernanza", as the seed report labels areas.</summary>
    public string Title => $"{Number} {Name}";
}

/// <summary>One of the variables: where it reads its value, how the value maps to a level, and the texts.</summary>
public sealed record VariableDefinition(
    string Code,
    AreaDefinition Area,
    string Name,
    MethodologyInput Input,
    RuleKind Kind,
    IReadOnlyList<Band> Bands,
    IReadOnlyDictionary<string, Level> Choices,
    IReadOnlyDictionary<string, string> ChoiceLabels,
    IReadOnlyDictionary<Level, string> LevelTexts,
    string ValueLabel,
    string Symbol,
    IReadOnlyDictionary<Level, string> Recommendations)
{
    /// <summary>What the methodology recommends to an initiative at <paramref name="level"/>; null at the top level.</summary>
    public string? Recommendation(Level level) => Recommendations.GetValueOrDefault(level);

    private Level[]? _levelsByChoiceIndex;
    private Band[]? _bandArray;

    /// <summary>The bands as an array: looping over the interface would allocate an enumerator per call.</summary>
    internal Band[] BandArray => _bandArray ??= [.. Bands];

    public string Unit => Kind == RuleKind.Percent ? " %" : string.Empty;

    /// <summary>The level of each answer in <see cref="MethodologyInput.ChoiceCodes"/> order, looked up by position on the hot path.</summary>
    internal Level[] LevelsByChoiceIndex => _levelsByChoiceIndex ??= Input.ChoiceCodes.Select(code => Choices[code]).ToArray();

    /// <summary>The rule of one level as shown in the methodology annex ("20 % &lt; x &lt; 80 %" or the choice's label).</summary>
    public string RuleText(Level level) => Kind == RuleKind.Choice
        ? string.Join(" / ", Choices.Where(choice => choice.Value == level).Select(choice => ChoiceLabels.GetValueOrDefault(choice.Key, choice.Key)))
        : Bands.First(band => band.Level == level).Describe(Symbol, Unit);
}

/// <summary>A versioned, validated methodology: the 8 areas and 18 variables with their rules and texts.</summary>
public sealed record MethodologyDefinition(
    string Version,
    string Title,
    string Source,
    IReadOnlyList<AreaDefinition> Areas,
    IReadOnlyList<VariableDefinition> Variables)
{
    private int[]? _areaIndexOfVariable;

    /// <summary>For each variable, the position of its area in <see cref="Areas"/>: the categorizer's hot path avoids searching.</summary>
    internal int[] AreaIndexOfVariable => _areaIndexOfVariable ??= Variables.Select(variable => Areas.ToList().FindIndex(area => area.Number == variable.Area.Number)).ToArray();

    public IEnumerable<VariableDefinition> VariablesOf(AreaDefinition area) =>
        Variables.Where(variable => variable.Area.Number == area.Number);

    public VariableDefinition Variable(string code) =>
        Variables.FirstOrDefault(variable => variable.Code == code)
            ?? throw new KeyNotFoundException($"The methodology {Version} has no variable '{code}'.");
}

/// <summary>A methodology definition is malformed; the message names the variable and the problem.</summary>
public sealed class MethodologyDefinitionException : Exception
{
    public MethodologyDefinitionException(string message)
        : base(message)
    {
    }

    public MethodologyDefinitionException()
    {
    }

    public MethodologyDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
