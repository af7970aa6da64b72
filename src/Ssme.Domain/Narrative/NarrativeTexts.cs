using System.Collections.Immutable;
using Ssme.Domain.Common;

namespace Ssme.Domain.Narrative;

/// <summary>A problem with one text of the narrative, named in Spanish.</summary>
public sealed record NarrativeProblem(NarrativeSection Section, string Message);

/// <summary>
/// The Spanish texts of a wave's report, one per <see cref="NarrativeSection"/>, written in the
/// small markup of <see cref="NarrativeMarkup"/>. A missing text is empty, and an empty text is left
/// out of the report.
/// </summary>
public sealed record NarrativeTexts
{
    /// <summary>Long enough for several pages of a chapter; a paste of a whole document is refused.</summary>
    public const int MaxLength = 20_000;

    private readonly ImmutableDictionary<NarrativeSection, string> _texts;

    private NarrativeTexts(ImmutableDictionary<NarrativeSection, string> texts) => _texts = texts;

    public static NarrativeTexts Empty { get; } = new(ImmutableDictionary<NarrativeSection, string>.Empty);

    public static NarrativeTexts From(IEnumerable<KeyValuePair<NarrativeSection, string?>> texts) =>
        texts.Aggregate(Empty, (all, text) => all.With(text.Key, text.Value));

    public string this[NarrativeSection section] => _texts.GetValueOrDefault(section, string.Empty);

    /// <summary>Line ends are kept as the person typed them, normalized to "\n"; surrounding blanks are dropped.</summary>
    public NarrativeTexts With(NarrativeSection section, string? text) =>
        new(_texts.SetItem(section, (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim()));

    public IReadOnlyList<NarrativeProblem> Problems() =>
        NarrativeSectionText.All
            .Where(section => this[section].Length > MaxLength)
            .Select(section => new NarrativeProblem(section, $"El texto «{section.ToSpanish()}» tiene {EsCo.Count(this[section].Length)} caracteres; el máximo es {EsCo.Count(MaxLength)}. Acórtelo o divídalo."))
            .ToList();

    public bool Equals(NarrativeTexts? other) =>
        other is not null && NarrativeSectionText.All.All(section => string.Equals(this[section], other[section], StringComparison.Ordinal));

    public override int GetHashCode() =>
        NarrativeSectionText.All.Aggregate(0, (hash, section) => HashCode.Combine(hash, this[section]));
}
