using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reference;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>How the report prints a share (SPEC §12): integers rounded half up, and "&lt; 1 %" for any non-zero share below 1 %, never "0 %".</summary>
public static class PercentText
{
    public const string NoData = "—";

    public static string Whole(long count, long of)
    {
        if (of == 0)
        {
            return NoData;
        }

        return count > 0 && count * 100 < of ? "< 1 %" : $"{RoundHalfUp(count, of)} %";
    }

    /// <summary>An integer percentage rounded half up with integer arithmetic.</summary>
    public static int RoundHalfUp(long count, long of) => (int)(((200 * count) + of) / (2 * of));

    /// <summary>A decimal ratio as a whole percentage with the same "&lt; 1 %" rule.</summary>
    public static string Whole(decimal percent) =>
        percent > 0m && percent < 1m ? "< 1 %" : $"{decimal.Round(percent, 0, MidpointRounding.AwayFromZero)} %";

    /// <summary>National shares keep one decimal ("0,8 %"); a non-zero share that would print as 0,0 says "&lt; 0,1 %".</summary>
    public static string OneDecimal(decimal percent) =>
        percent > 0m && percent < 0.05m ? "< 0,1 %" : Common.EsCo.Percent(decimal.Round(percent, 1, MidpointRounding.AwayFromZero), 1);
}

/// <summary>A count out of a total, shown as an integer percentage rounded half up (as the seed report prints them).</summary>
public sealed record Share(string Label, long Count, long Of)
{
    public int? Percent => Of == 0 ? null : PercentText.RoundHalfUp(Count, Of);

    /// <summary>"43 %", "&lt; 1 %", or "—" without a denominator.</summary>
    public string Text => PercentText.Whole(Count, Of);
}

/// <summary>An exact ratio for figures the seed prints with a decimal (national participation, "0,8 %") or as a mean percentage.</summary>
public sealed record Fraction(decimal Numerator, decimal Denominator)
{
    public decimal? Percent => Denominator == 0 ? null : Numerator * 100m / Denominator;

    public string WholeText => Percent is { } value ? PercentText.Whole(value) : PercentText.NoData;

    public string OneDecimalText => Percent is { } value ? PercentText.OneDecimal(value) : PercentText.NoData;
}

/// <summary>One submission of a wave with its initiative, as the report reads it.</summary>
public sealed record ReportEntry(Initiative Initiative, Submission Submission);

/// <summary>
/// Every figure of the wave report (SPEC §6), computed from the data, one record per section of the
/// report: participation and profile over all waves in the system, Dimensions 1–3 over the wave's
/// categorized initiatives, the categorization table and level distribution (<see cref="Figures"/>)
/// and the level profiles. The PDF only lays these out.
/// </summary>
public sealed record WaveReport(
    Wave Wave,
    MethodologyDefinition Methodology,
    WaveFigures Figures,
    ParticipationSection Participation,
    ProfileSection Profile,
    ManagementDimension Management,
    PerformanceDimension Performance,
    RegionalDimension Regional,
    IReadOnlyList<LevelProfile> LevelProfiles,
    WaveChanges? Changes)
{
    public static WaveReport Build(
        Wave wave,
        MethodologyDefinition methodology,
        IReadOnlyList<ReportEntry> entries,
        IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves,
        IReadOnlyList<ReferenceFigure> reference,
        Func<Wave, MethodologyDefinition>? methodologyOf = null,
        IReadOnlyList<History.HistoricalFigure>? history = null)
    {
        var results = entries.Select(entry => (Entry: entry, Result: entry.Submission.IsCategorized ? Categorizer.Categorize(entry.Submission.Answers, methodology) : null)).ToList();
        var figures = WaveFigures.Compute(results.Select(pair => (pair.Entry.Submission.Status, pair.Result)), methodology);
        var categorized = results.Where(pair => pair.Result is not null).ToList();
        var answers = categorized.Select(pair => pair.Entry.Submission.Answers).ToList();
        // A later wave never changes an earlier wave's report (SPEC §6).
        var participation = ParticipationSection.Compute(allWaves.Where(pair => pair.Wave.PeriodYear <= wave.PeriodYear).ToList(), history, wave.PeriodYear);
        var performance = PerformanceDimension.Compute(answers);
        var management = ManagementDimension.Compute(answers, methodology, performance.Firms.Active);
        var previous = PreviousWave(wave, allWaves);
        var historical = participation.Waves
            .Where(summary => summary.Historical && summary.Wave.PeriodYear < wave.PeriodYear && (previous is null || summary.Wave.PeriodYear > previous.Value.Wave.PeriodYear))
            .MaxBy(summary => summary.Wave.PeriodYear);
        var profile = ProfileSection.Compute(answers, participation.Waves);
        var now = new WaveSnapshot(figures, management, performance);
        var changes = (historical, previous) switch
        {
            ({ } published, _) => WaveChanges.Compute(PublishedFigures(published, history), now, Macrosectors(profile, participation, published.Wave, wave)),
            (null, { } earlier) => WaveChanges.Compute(
                PreviousWaveFigures.FromSnapshot(earlier.Wave, WaveSnapshot.Compute(earlier.Categorized, methodologyOf?.Invoke(earlier.Wave) ?? methodology)),
                now,
                Macrosectors(profile, participation, earlier.Wave, wave)),
            _ => null,
        };

        return new WaveReport(
            wave,
            methodology,
            figures,
            participation,
            profile,
            management,
            performance,
            RegionalDimension.Compute(
                wave.PeriodYear,
                categorized.Select(pair => pair.Entry).ToList(),
                historical is not null ? RegionalPrevious.FromHistory(historical.Wave, HistoryOf(historical.Wave, history)) : previous is { } portal ? RegionalPrevious.FromSubmissions(portal.Wave, portal.Categorized) : null,
                reference),
            LevelText.All.Select(level => LevelProfile.Compute(level, categorized.Where(pair => pair.Result!.Overall == level).Select(pair => pair.Entry.Submission.Answers).ToList())).ToList(),
            changes);
    }

    private static List<History.HistoricalFigure> HistoryOf(Wave wave, IReadOnlyList<History.HistoricalFigure>? history) =>
        (history ?? []).Where(figure => string.Equals(figure.WaveCode, wave.Code, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The totals a wave before the portal published: initiatives, participating firms and jobs.</summary>
    private static PreviousWaveFigures PublishedFigures(WaveSummary summary, IReadOnlyList<History.HistoricalFigure>? history)
    {
        var figures = HistoryOf(summary.Wave, history);
        long? Total(string figure) => figures.FirstOrDefault(item => item.Figure == figure && item.DepartmentCode == History.HistoryRules.TotalCode) is { } found ? (long)found.Value : null;
        return new PreviousWaveFigures(summary.Wave, null, summary.Categorized, Total(History.HistoryRules.Firms), Total(History.HistoryRules.Employment));
    }

    /// <summary>Each macrosector's share in the previous wave and in this one, as the profile's macrosector table prints them.</summary>
    private static List<(string Label, Share Previous, Share Current)> Macrosectors(ProfileSection profile, ParticipationSection participation, Wave previous, Wave current)
    {
        var waves = participation.Waves.ToList();
        var before = waves.FindIndex(summary => summary.Wave.Code == previous.Code);
        var now = waves.FindIndex(summary => summary.Wave.Code == current.Code);
        return before < 0 || now < 0 ? [] : [.. profile.Macrosectors.Select(row => (row.Label, row.PerWave[before], row.PerWave[now]))];
    }

    /// <summary>The latest wave analysing an earlier year that has categorized initiatives: what "the previous wave" means beside a figure.</summary>
    private static (Wave Wave, IReadOnlyList<ReportEntry> Categorized)? PreviousWave(Wave wave, IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves) =>
        allWaves
            .Where(pair => pair.Wave.PeriodYear < wave.PeriodYear)
            .Select(pair => (pair.Wave, Categorized: (IReadOnlyList<ReportEntry>)pair.Entries.Where(entry => entry.Submission.IsCategorized).ToList()))
            .Where(pair => pair.Categorized.Count > 0)
            .OrderByDescending(pair => pair.Wave.PeriodYear)
            .ThenByDescending(pair => pair.Wave.OpensOn)
            .Select(pair => ((Wave, IReadOnlyList<ReportEntry>)?)pair)
            .FirstOrDefault();
}
