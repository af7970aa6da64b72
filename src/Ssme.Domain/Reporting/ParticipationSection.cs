using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

public sealed record WaveSummary(Wave Wave, int Registered, int Categorized, IReadOnlyDictionary<string, int> CategorizedPerDepartment, IReadOnlyDictionary<Questionnaire.Macrosector, int> CategorizedPerMacrosector)
{
    /// <summary>Registered and categorized counts of any wave, by the rule of SPEC §3.</summary>
    public static WaveSummary Of(Wave wave, IReadOnlyList<ReportEntry> entries)
    {
        var categorized = entries.Where(entry => entry.Submission.IsCategorized).ToList();
        return new WaveSummary(
            wave,
            entries.Count,
            categorized.Count,
            categorized.GroupBy(entry => entry.Initiative.DepartmentCode).ToDictionary(group => group.Key, group => group.Count()),
            categorized.Where(entry => entry.Submission.Answers.Macrosector is not null).GroupBy(entry => entry.Submission.Answers.Macrosector!.Value).ToDictionary(group => group.Key, group => group.Count()));
    }
}

/// <summary>Section 1: every wave in the system, oldest first, so the report shows the series the wave belongs to.</summary>
public sealed record ParticipationSection(IReadOnlyList<WaveSummary> Waves)
{
    public static ParticipationSection Compute(IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves) =>
        new(allWaves.OrderBy(pair => pair.Wave.PeriodYear).ThenBy(pair => pair.Wave.OpensOn).Select(pair => WaveSummary.Of(pair.Wave, pair.Entries)).ToList());
}
