using System.Globalization;

namespace Ssme.Domain.Common;

/// <summary>A percentage between 0 and 100 inclusive, kept exactly as entered.</summary>
public readonly record struct Percent
{
    public Percent(decimal value)
    {
        if (value is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Un porcentaje debe estar entre 0 y 100.");
        }

        Value = value;
    }

    public decimal Value { get; }

    public static bool IsValid(decimal value) => value is >= 0m and <= 100m;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
