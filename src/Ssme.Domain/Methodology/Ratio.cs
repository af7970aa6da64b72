namespace Ssme.Domain.Methodology;

/// <summary>
/// An exact fraction such as active / participating firms. Comparisons cross-multiply, so a value
/// is never rounded before it is compared with a bound (601 of 1 000 is above 60 %).
/// </summary>
public readonly record struct Ratio(decimal Numerator, decimal Denominator)
{
    public bool HasValue => Denominator != 0m;

    /// <summary>The ratio as a percentage, for display only.</summary>
    public decimal Percent => HasValue ? Numerator * 100m / Denominator : 0m;

    /// <summary>Sign of (this × <paramref name="scale"/> − <paramref name="bound"/>), computed without division.</summary>
    public int CompareScaled(decimal scale, decimal bound) =>
        (Numerator * scale).CompareTo(bound * Denominator);

    public static Ratio Whole(decimal value) => new(value, 1m);
}
