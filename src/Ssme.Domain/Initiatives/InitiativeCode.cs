using System.Globalization;
using Ssme.Domain.Common;

namespace Ssme.Domain.Initiatives;

/// <summary>
/// The stable code of an initiative (SPEC §3), <c>IC-0001</c>: the portal gives the next number when
/// the initiative is created and never reuses one, so a file row can name an initiative even after
/// its name or department is corrected.
/// </summary>
public readonly record struct InitiativeCode
{
    public const string Prefix = "IC-";

    /// <summary>"IC-" and up to ten digits.</summary>
    public const int MaxLength = 13;

    private InitiativeCode(int number) => Number = number;

    public int Number { get; }

    public static InitiativeCode FromNumber(int number) =>
        number > 0 ? new InitiativeCode(number) : throw new ArgumentOutOfRangeException(nameof(number), number, "Initiative codes start at 1.");

    /// <summary>Reads a code as people type it: case and surrounding spaces do not matter, leading zeros are optional.</summary>
    public static bool TryParse(string? text, out InitiativeCode code)
    {
        code = default;
        var trimmed = text?.Trim();
        if (trimmed is null || !trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var digits = trimmed[Prefix.Length..];
        if (digits.Length is 0 or > MaxLength - 3 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            return false;
        }

        code = new InitiativeCode(number);
        return true;
    }

    public static InitiativeCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new DomainException($"«{text}» no es un código de iniciativa (por ejemplo IC-0001).");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Number:D4}");
}
