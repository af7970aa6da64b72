using Ssme.Domain.History;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>
/// A wave of the series: counted from its submissions, or (<see cref="Historical"/>) taken from the
/// published figures of a wave that ran before the portal, where a missing figure is null ("Sin registro").
/// </summary>
public sealed record WaveSummary(
    Wave Wave,
    int? Registered,
    int? Categorized,
    IReadOnlyDictionary<string, int> CategorizedPerDepartment,
    IReadOnlyDictionary<Macrosector, int> CategorizedPerMacrosector,
    IReadOnlyDictionary<Macrosector, decimal>? PublishedMacrosectorPercent = null)
{
    public bool Historical => PublishedMacrosectorPercent is not null;

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

    /// <summary>
    /// A wave known only by its published figures. It is given a transient <see cref="Waves.Wave"/>
    /// (never stored) so the series orders and names it like the others.
    /// </summary>
    public static WaveSummary Of(IReadOnlyList<HistoricalFigure> figures)
    {
        var first = figures[0];
        var wave = Wave.Create(WaveCode.Parse(first.WaveCode), first.WaveName, first.PeriodYear, new DateOnly(first.PeriodYear + 1, 1, 1), new DateOnly(first.PeriodYear + 1, 12, 31));
        var initiatives = figures.Where(figure => figure.Figure == HistoryRules.Initiatives).ToList();
        var total = initiatives.FirstOrDefault(figure => figure.DepartmentCode == HistoryRules.TotalCode);
        return new WaveSummary(
            wave,
            null,
            total is null ? null : (int)total.Value,
            initiatives.Where(figure => figure.DepartmentCode != HistoryRules.TotalCode).ToDictionary(figure => figure.DepartmentCode, figure => (int)figure.Value),
            new Dictionary<Macrosector, int>(),
            ChoiceCode.Values<Macrosector>()
                .Select(macrosector => (macrosector, figure: figures.FirstOrDefault(figure => figure.Figure == $"{HistoryRules.MacrosectorPrefix}{ChoiceCode.ToCode(macrosector)}{HistoryRules.PercentSuffix}")))
                .Where(pair => pair.figure is not null)
                .ToDictionary(pair => pair.macrosector, pair => pair.figure!.Value));
    }
}

/// <summary>
/// Section 1: the waves of the series up to the reported one, oldest first: those with submissions,
/// and the historical waves whose code no wave with submissions has.
/// </summary>
public sealed record ParticipationSection(IReadOnlyList<WaveSummary> Waves)
{
    public static ParticipationSection Compute(IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves, IReadOnlyList<HistoricalFigure>? history = null, int? upToYear = null)
    {
        var counted = allWaves.Where(pair => pair.Entries.Count > 0).Select(pair => pair.Wave.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var historical = (history ?? [])
            .Where(figure => !counted.Contains(figure.WaveCode) && (upToYear is null || figure.PeriodYear <= upToYear))
            .GroupBy(figure => figure.WaveCode, StringComparer.OrdinalIgnoreCase)
            .Select(group => WaveSummary.Of(group.ToList()));
        var portal = allWaves
            .Where(pair => pair.Entries.Count > 0 || !(history ?? []).Any(figure => string.Equals(figure.WaveCode, pair.Wave.Code, StringComparison.OrdinalIgnoreCase)))
            .Select(pair => WaveSummary.Of(pair.Wave, pair.Entries));
        return new(portal.Concat(historical).OrderBy(summary => summary.Wave.PeriodYear).ThenBy(summary => summary.Wave.OpensOn).ToList());
    }
}
