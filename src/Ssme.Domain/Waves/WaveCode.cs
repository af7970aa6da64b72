using System.Text.RegularExpressions;

namespace Ssme.Domain.Waves;

/// <summary>The short unique code of a wave, such as "III" or "IV".</summary>
public readonly partial record struct WaveCode
{
    public const int MaxLength = 10;

    private WaveCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out WaveCode code)
    {
        var candidate = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (candidate.Length is > 0 and <= MaxLength && Pattern().IsMatch(candidate))
        {
            code = new WaveCode(candidate);
            return true;
        }

        code = default;
        return false;
    }

    public static WaveCode Parse(string? text) =>
        TryParse(text, out var code)
            ? code
            : throw new Common.DomainException(
                $"El código de la ola debe tener entre 1 y {MaxLength} letras, números o guiones (por ejemplo «IV»).");

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
