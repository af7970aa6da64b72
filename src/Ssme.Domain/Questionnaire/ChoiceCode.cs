using System.Collections.Frozen;
using System.Text;

namespace Ssme.Domain.Questionnaire;

/// <summary>
/// Converts choice enums to and from the snake_case machine codes of SPEC §4
/// (<c>ManagingEntityType.CamaraComercio</c> ⇄ <c>camara_comercio</c>). Multi-choice values are
/// flags enums written as codes separated by <c>;</c>.
/// </summary>
public static class ChoiceCode
{
    public const char MultiSeparator = ';';

    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ToCode[value];

    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum =>
        Cache<TEnum>.FromCode.TryGetValue(code?.Trim().ToLowerInvariant() ?? string.Empty, out value);

    /// <summary>The codes a single choice or a multi-choice accepts, in declaration order.</summary>
    public static IReadOnlyList<string> Codes<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Codes;

    public static IReadOnlyList<TEnum> Values<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Values;

    public static string ToCodes<TFlags>(TFlags flags)
        where TFlags : struct, Enum
    {
        var bits = Convert.ToInt64(flags, System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(MultiSeparator, Cache<TFlags>.Values
            .Where(value => (bits & Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)) != 0)
            .Select(ToCode));
    }

    /// <summary>Parses <c>a;b;c</c>; unknown codes are returned so the caller can name them.</summary>
    public static TFlags ParseCodes<TFlags>(string? codes, out IReadOnlyList<string> unknown)
        where TFlags : struct, Enum
    {
        long bits = 0;
        var unknownCodes = new List<string>();
        foreach (var part in (codes ?? string.Empty).Split(MultiSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParse<TFlags>(part, out var value))
            {
                bits |= Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                unknownCodes.Add(part);
            }
        }

        unknown = unknownCodes;
        return (TFlags)Enum.ToObject(typeof(TFlags), bits);
    }

    public static IEnumerable<TFlags> Split<TFlags>(TFlags flags)
        where TFlags : struct, Enum =>
        Cache<TFlags>.Values.Where(value => flags.HasFlag(value));

    internal static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var character = pascal[i];
            if (char.IsUpper(character) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<TEnum> Values = Enum.GetValues<TEnum>()
            .Where(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0 || !typeof(TEnum).IsDefined(typeof(FlagsAttribute), false))
            .ToArray();

        public static readonly FrozenDictionary<TEnum, string> ToCode =
            Values.ToFrozenDictionary(value => value, value => ToSnakeCase(value.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromCode =
            Values.ToFrozenDictionary(value => ToSnakeCase(value.ToString()), value => value, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> Codes = Values.Select(value => ToCode[value]).ToArray();
    }
}
