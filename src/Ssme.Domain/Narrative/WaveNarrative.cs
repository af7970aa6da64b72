using Ssme.Domain.Common;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Narrative;

/// <summary>
/// The report texts of one wave as its analysts last saved them. A wave without this record reads
/// the texts it would start from (<see cref="NarrativeDefaults"/>). <see cref="Version"/> changes on
/// every save, so an edit made from a stale page is refused instead of overwriting another.
/// </summary>
public sealed class WaveNarrative
{
    private WaveNarrative()
    {
        Presentation = Background = Methodology = Conclusions = Recommendations = string.Empty;
        Level1Profile = Level2Profile = Level3Profile = string.Empty;
        UpdatedById = UpdatedByName = string.Empty;
    }

    public WaveNarrative(int waveId, NarrativeTexts texts, Actor actor, DateTimeOffset at)
        : this()
    {
        WaveId = waveId;
        Edit(texts, actor, at);
    }

    public int Id { get; private set; }

    public int WaveId { get; private set; }

    public string Presentation { get; private set; }

    public string Background { get; private set; }

    public string Methodology { get; private set; }

    public string Conclusions { get; private set; }

    public string Recommendations { get; private set; }

    public string Level1Profile { get; private set; }

    public string Level2Profile { get; private set; }

    public string Level3Profile { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; }

    public Guid Version { get; private set; }

    public NarrativeTexts Texts => NarrativeTexts.From(new Dictionary<NarrativeSection, string?>
    {
        [NarrativeSection.Presentation] = Presentation,
        [NarrativeSection.Background] = Background,
        [NarrativeSection.Methodology] = Methodology,
        [NarrativeSection.Conclusions] = Conclusions,
        [NarrativeSection.Recommendations] = Recommendations,
        [NarrativeSection.Level3Profile] = Level3Profile,
        [NarrativeSection.Level2Profile] = Level2Profile,
        [NarrativeSection.Level1Profile] = Level1Profile,
    });

    /// <summary>Replaces every text; a text over the limit refuses the whole edit, naming it.</summary>
    public void Edit(NarrativeTexts texts, Actor actor, DateTimeOffset at)
    {
        if (texts.Problems() is [var first, ..])
        {
            throw new DomainException(first.Message);
        }

        Presentation = texts[NarrativeSection.Presentation];
        Background = texts[NarrativeSection.Background];
        Methodology = texts[NarrativeSection.Methodology];
        Conclusions = texts[NarrativeSection.Conclusions];
        Recommendations = texts[NarrativeSection.Recommendations];
        Level3Profile = texts[NarrativeSection.Level3Profile];
        Level2Profile = texts[NarrativeSection.Level2Profile];
        Level1Profile = texts[NarrativeSection.Level1Profile];
        UpdatedAt = at;
        UpdatedById = actor.UserId;
        UpdatedByName = actor.DisplayName;
        Version = Guid.NewGuid();
    }
}
