namespace Ssme.Domain.Methodology;

/// <summary>
/// An exact fraction such as active / participating firms. Comparisons cross-multiply, so a value
/// is never rounded before it is compared with a bound (601 of 1 000 is above 60 %).
/// </summary>
public readonly record struct Ratio
{
    public Ratio(decimal numerator, decimal denominator)
        : this(numerator, denominator, denominator == 0m ? 0d : (double)numerator / (double)denominator)
    {
    }

    public Ratio(long numerator, long denominator)
        : this(numerator, denominator, denominator == 0 ? 0d : (double)numerator / denominator)
    {
    }

    private Ratio(decimal numerator, decimal denominator, double approximate)
    {
        Numerator = numerator;
        Denominator = denominator;
        Approximate = approximate;
    }

    public decimal Numerator { get; }

    public decimal Denominator { get; }

    /// <summary>The quotient as a double: a fast first guess, never the final word near a bound.</summary>
    public double Approximate { get; }

    public bool HasValue => Denominator != 0m;

    /// <summary>The ratio as a percentage, for display only.</summary>
    public decimal Percent => HasValue ? Numerator * 100m / Denominator : 0m;

    /// <summary>Sign of (this × <paramref name="scale"/> − <paramref name="bound"/>), computed without division.</summary>
    public int CompareScaled(decimal scale, decimal bound) =>
        Denominator == 1m && scale == 1m
            ? Numerator.CompareTo(bound)
            : (Numerator * scale).CompareTo(bound * Denominator);

    public static Ratio Whole(long value) => new(value, 1);

    /// <summary>A percent answer x as the fraction x / 100.</summary>
    public static Ratio OfPercent(decimal percent) => new(percent, 100m, (double)percent / 100d);
}
