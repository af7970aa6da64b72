using System.Globalization;

namespace Ssme.Domain.Common;

/// <summary>
/// Colombian number formatting for everything users read: <c>12.684</c>, <c>0,8 %</c>,
/// <c>$ 1.250.000</c>. Fixed here rather than taken from the OS culture data, which varies.
/// </summary>
public static class EsCo
{
    public static readonly CultureInfo Culture = CreateCulture();

    public static string Count(long value) => value.ToString("#,0", Culture);

    public static string Number(decimal value, int maxDecimals = 2) =>
        value.ToString("#,0." + new string('#', maxDecimals), Culture);

    public static string Percent(decimal value, int maxDecimals = 1) => Number(value, maxDecimals) + " %";

    public static string Pesos(decimal value) => "$ " + value.ToString("#,0", Culture);

    /// <summary>Colombia keeps UTC−5 all year (no daylight saving), so a fixed offset is exact.</summary>
    public static readonly TimeSpan ColombiaOffset = TimeSpan.FromHours(-5);

    /// <summary>"24 de nov. de 2026, 18:40" in Colombian time.</summary>
    /// <summary>The time of day in Colombia: "10:42".</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(ColombiaOffset).ToString("HH:mm", Culture);

    public static string DateTime(DateTimeOffset at) => at.ToOffset(ColombiaOffset).ToString("d 'de' MMM 'de' yyyy, HH:mm", Culture);

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("es-CO").Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        culture.NumberFormat.CurrencyDecimalSeparator = ",";
        culture.NumberFormat.CurrencyGroupSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    }
}
