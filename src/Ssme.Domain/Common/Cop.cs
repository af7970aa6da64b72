using System.Globalization;

namespace Ssme.Domain.Common;

/// <summary>An amount in Colombian pesos; never negative.</summary>
public readonly record struct Cop
{
    public Cop(decimal amount)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Un valor en pesos no puede ser negativo.");
        }

        Amount = amount;
    }

    public decimal Amount { get; }

    public static Cop Zero => new(0m);

    public static Cop operator +(Cop left, Cop right) => new(left.Amount + right.Amount);

    public static Cop Add(Cop left, Cop right) => left + right;

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture);
}
