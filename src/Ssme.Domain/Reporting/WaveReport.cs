using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reference;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>A count out of a total, shown as an integer percentage rounded half up (as the seed report prints them).</summary>
public sealed record Share(string Label, long Count, long Of)
{
    public int? Percent => Of == 0 ? null : (int)(((200 * Count) + Of) / (2 * Of));
}

/// <summary>An exact ratio for figures the seed prints with a decimal (national participation, "0,8 %").</summary>
public sealed record Fraction(decimal Numerator, decimal Denominator)
{
    public decimal? Percent => Denominator == 0 ? null : Numerator * 100m / Denominator;
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
    IReadOnlyList<LevelProfile> LevelProfiles)
{
    public static WaveReport Build(
        Wave wave,
        MethodologyDefinition methodology,
        IReadOnlyList<ReportEntry> entries,
        IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves,
        IReadOnlyList<ReferenceFigure> reference)
    {
        var results = entries.Select(entry => (Entry: entry, Result: entry.Submission.IsCategorized ? Categorizer.Categorize(entry.Submission.Answers, methodology) : null)).ToList();
        var figures = WaveFigures.Compute(results.Select(pair => (pair.Entry.Submission.Status, pair.Result)), methodology);
        var categorized = results.Where(pair => pair.Result is not null).ToList();
        var answers = categorized.Select(pair => pair.Entry.Submission.Answers).ToList();
        var participation = ParticipationSection.Compute(allWaves);
        var performance = PerformanceDimension.Compute(answers);

        return new WaveReport(
            wave,
            methodology,
            figures,
            participation,
            ProfileSection.Compute(answers, participation.Waves),
            ManagementDimension.Compute(answers, methodology, performance.Firms.Active),
            performance,
            RegionalDimension.Compute(categorized.Select(pair => pair.Entry).ToList(), reference, wave.PeriodYear),
            LevelText.All.Select(level => LevelProfile.Compute(level, categorized.Where(pair => pair.Result!.Overall == level).Select(pair => pair.Entry.Submission.Answers).ToList())).ToList());
    }
}
