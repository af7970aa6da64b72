using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>
/// The ficha of one initiative in one wave (SPEC §14): its levels and means with reasons and the
/// distance to each next level, beside the wave's distribution, its peer groups and its previous wave.
/// </summary>
public sealed record InitiativeReport(
    Wave Wave,
    Initiative Initiative,
    Submission Submission,
    CategorizationResult Result,
    WaveFigures WaveFigures,
    IReadOnlyList<decimal?> NationalAreaMeans,
    IReadOnlyList<PeerGroup> Peers,
    WaveComparison? Previous)
{
    /// <summary>The variables below Nivel 3 with what reaches the next level and the methodology's recommendation.</summary>
    public IEnumerable<VariableResult> BelowConsolidated =>
        Result.Variables.Where(variable => variable.Level is { } level && level != Level.Consolidated);

    /// <param name="waveEntries">Every submission of the wave with its initiative: the national and peer distributions.</param>
    /// <param name="history">The initiative's submissions in any wave; the previous wave is found among them.</param>
    public static InitiativeReport Build(
        Wave wave,
        ReportEntry entry,
        MethodologyDefinition methodology,
        IReadOnlyList<ReportEntry> waveEntries,
        IReadOnlyList<(Wave Wave, Submission Submission)> history,
        Func<Wave, MethodologyDefinition> methodologyOf)
    {
        var result = Categorizer.Categorize(entry.Submission.Answers, methodology);
        var previous = PreviousWave.Find(wave, entry.Initiative.Id, history);
        var categorized = waveEntries.Select(item => (item.Submission.Status, Result: item.Submission.IsCategorized ? Categorizer.Categorize(item.Submission.Answers, methodology) : null)).ToList();
        return new InitiativeReport(
            wave,
            entry.Initiative,
            entry.Submission,
            result,
            WaveFigures.Compute(categorized, methodology),
            NationalMeans(categorized.Select(item => item.Result).OfType<CategorizationResult>().ToList(), methodology),
            PeerGroup.All(entry, waveEntries, methodology),
            previous is { } found ? WaveComparison.Between(found.Wave, Categorizer.Categorize(found.Submission.Answers, methodologyOf(found.Wave)), result) : null);
    }

    /// <summary>Per area, the mean of the area means of the wave's categorized initiatives that have one.</summary>
    private static List<decimal?> NationalMeans(List<CategorizationResult> results, MethodologyDefinition methodology) =>
        [.. methodology.Areas.Select((_, i) =>
        {
            var means = results.Select(result => result.Areas[i].Mean).OfType<decimal>().ToList();
            return means.Count == 0 ? (decimal?)null : means.Sum() / means.Count;
        })];
}

/// <summary>Where the initiative was in an earlier wave, and what changed since.</summary>
public static class PreviousWave
{
    /// <summary>
    /// The latest wave analysing an earlier year in which the same initiative (same record, hence
    /// the same initiative code) was categorized; null when there is none.
    /// </summary>
    public static (Wave Wave, Submission Submission)? Find(Wave current, int initiativeId, IEnumerable<(Wave Wave, Submission Submission)> history) =>
        history
            .Where(item => item.Submission.InitiativeId == initiativeId && item.Wave.PeriodYear < current.PeriodYear && item.Submission.IsCategorized)
            .OrderByDescending(item => item.Wave.PeriodYear)
            .ThenByDescending(item => item.Wave.OpensOn)
            .Select(item => ((Wave, Submission)?)item)
            .FirstOrDefault();
}

/// <summary>A level (and for areas and overall, a mean) in the previous wave and now.</summary>
public sealed record LevelComparison(string Label, Level? PreviousLevel, Level? CurrentLevel, decimal? PreviousMean = null, decimal? CurrentMean = null)
{
    /// <summary>Levels gained (positive) or lost; null when either wave has no level.</summary>
    public int? LevelChange => PreviousLevel is { } before && CurrentLevel is { } now ? (int)now - (int)before : null;

    public decimal? MeanChange => PreviousMean is { } before && CurrentMean is { } now ? now - before : null;
}

/// <summary>
/// The initiative's levels in its previous wave beside the current ones; variables match by code
/// and areas by number, so a later methodology version still compares what both waves measured.
/// </summary>
public sealed record WaveComparison(Wave Wave, IReadOnlyList<LevelComparison> Variables, IReadOnlyList<LevelComparison> Areas, LevelComparison Overall)
{
    public static WaveComparison Between(Wave previousWave, CategorizationResult previous, CategorizationResult current)
    {
        var previousVariables = previous.Variables.ToDictionary(item => item.Variable.Code, item => item.Level, StringComparer.Ordinal);
        var previousAreas = previous.Areas.ToDictionary(item => item.Area.Number);
        return new WaveComparison(
            previousWave,
            [.. current.Variables.Select(item => new LevelComparison(item.Variable.Name, previousVariables.GetValueOrDefault(item.Variable.Code), item.Level))],
            [.. current.Areas.Select(item =>
            {
                var before = previousAreas.GetValueOrDefault(item.Area.Number);
                return new LevelComparison(item.Area.Title, before.Level, item.Level, before.Mean, item.Mean);
            })],
            new LevelComparison("Nivel general", previous.Overall, current.Overall, previous.OverallMean, current.OverallMean));
    }
}

/// <summary>
/// The wave's categorized initiatives sharing one trait with this one. Only counts leave the group,
/// and only when it has at least <see cref="MinimumSize"/> initiatives, so no peer can be recognised.
/// </summary>
public sealed record PeerGroup(string Kind, string Name, int Categorized, WaveFigures? Figures)
{
    public const int MinimumSize = 5;

    public const string TooSmall = "grupo muy pequeño";

    public static IReadOnlyList<PeerGroup> All(ReportEntry entry, IReadOnlyList<ReportEntry> waveEntries, MethodologyDefinition methodology)
    {
        var categorized = waveEntries.Where(item => item.Submission.IsCategorized).ToList();
        var answers = entry.Submission.Answers;
        var groups = new List<PeerGroup>
        {
            Of("Departamento", entry.Initiative.Department.Name, categorized.Where(item => item.Initiative.DepartmentCode == entry.Initiative.DepartmentCode), methodology),
        };
        if (answers.Macrosector is { } macrosector)
        {
            groups.Add(Of("Macrosector", Label(FieldCodes.Macrosector, ChoiceCode.ToCode(macrosector)), categorized.Where(item => item.Submission.Answers.Macrosector == macrosector), methodology));
        }

        if (answers.ManagingEntityType is { } type)
        {
            groups.Add(Of("Tipo de entidad gestora", Label(FieldCodes.ManagingEntityType, ChoiceCode.ToCode(type)), categorized.Where(item => item.Submission.Answers.ManagingEntityType == type), methodology));
        }

        return groups;
    }

    private static PeerGroup Of(string kind, string name, IEnumerable<ReportEntry> members, MethodologyDefinition methodology)
    {
        var submissions = members.Select(item => item.Submission).ToList();
        return new PeerGroup(kind, name, submissions.Count, submissions.Count >= MinimumSize ? WaveFigures.Compute(submissions, methodology) : null);
    }

    private static string Label(string field, string code) =>
        QuestionnaireFields.Get(field).Options.FirstOrDefault(option => option.Code == code)?.Label ?? code;
}
