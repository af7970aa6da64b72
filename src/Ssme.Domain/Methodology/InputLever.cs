namespace Ssme.Domain.Methodology;

/// <summary>How the manager moves a numeric input: in whole things, in pesos, or in percentage points.</summary>
public enum LeverUnit
{
    /// <summary>Whole firms, activities, professionals or months.</summary>
    Whole,

    /// <summary>Whole Colombian pesos from the named source.</summary>
    Pesos,

    /// <summary>Points of a percent answer, which accepts decimals.</summary>
    PercentagePoints,
}

/// <summary>
/// What the manager controls behind a numeric input: adding k of it raises the numerator by k and,
/// when <see cref="RaisesDenominator"/> (activities, pesos), the denominator too. <see cref="One"/>
/// and <see cref="Many"/> name it in Spanish ("empresa activa", "empresas activas").
/// </summary>
public sealed record InputLever(string One, string Many, LeverUnit Unit, bool RaisesDenominator = false, bool CappedByDenominator = false)
{
    /// <summary>Active or impacted firms out of participating firms that stay the same.</summary>
    public static InputLever FirmsOf(string one, string many) => new(one, many, LeverUnit.Whole, CappedByDenominator: true);

    public static InputLever Points(string ofWhat) => new(ofWhat, ofWhat, LeverUnit.PercentagePoints);

    public static InputLever Pesos(string fromWhom) => new(fromWhom, fromWhom, LeverUnit.Pesos, RaisesDenominator: true);
}
