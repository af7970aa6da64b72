using Ssme.Domain.Methodology;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Reporting;

/// <summary>How many categorized initiatives fell at each level, out of those with a level (n).</summary>
public sealed record LevelCounts(int Level1, int Level2, int Level3)
{
    public static LevelCounts Empty { get; } = new(0, 0, 0);

    /// <summary>Initiatives with a level; "Sin dato" is left out, as SPEC §5 says.</summary>
    public int N => Level1 + Level2 + Level3;

    public int Count(Level level) => level switch
    {
        Level.Basic => Level1,
        Level.Consolidating => Level2,
        Level.Consolidated => Level3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The integer percentage the seed report prints, rounded half up with integer arithmetic; null when n is 0.</summary>
    public int? PercentOf(Level level) => N == 0 ? null : ((200 * Count(level)) + N) / (2 * N);

    public LevelCounts Add(Level? level) => level switch
    {
        Level.Basic => this with { Level1 = Level1 + 1 },
        Level.Consolidating => this with { Level2 = Level2 + 1 },
        Level.Consolidated => this with { Level3 = Level3 + 1 },
        _ => this,
    };
}

public sealed record VariableDistribution(VariableDefinition Variable, LevelCounts Counts);

public sealed record AreaDistribution(AreaDefinition Area, LevelCounts Counts);

/// <summary>
/// The counts of a wave that the dashboard and the report share (SPEC §3): registered = every
/// submission (drafts included), categorized = submitted or accepted with data for the period, and
/// the level distribution of the categorized ones per variable, per area and overall.
/// </summary>
public sealed record WaveFigures(
    int Registered,
    int Categorized,
    IReadOnlyDictionary<SubmissionStatus, int> PerStatus,
    IReadOnlyList<VariableDistribution> Variables,
    IReadOnlyList<AreaDistribution> Areas,
    LevelCounts Overall)
{
    public static WaveFigures Compute(IEnumerable<Submission> submissions, MethodologyDefinition methodology) =>
        Compute(submissions.Select(submission => (submission.Status, submission.IsCategorized ? Categorizer.Categorize(submission.Answers, methodology) : null)), methodology);

    /// <summary>From each submission's status and, when it is categorized, its result.</summary>
    public static WaveFigures Compute(IEnumerable<(SubmissionStatus Status, CategorizationResult? Result)> submissions, MethodologyDefinition methodology)
    {
        var perStatus = Enum.GetValues<SubmissionStatus>().ToDictionary(status => status, _ => 0);
        var variables = new LevelCounts[methodology.Variables.Count];
        var areas = new LevelCounts[methodology.Areas.Count];
        Array.Fill(variables, LevelCounts.Empty);
        Array.Fill(areas, LevelCounts.Empty);
        var overall = LevelCounts.Empty;
        var registered = 0;
        var categorized = 0;
        foreach (var (status, result) in submissions)
        {
            registered++;
            perStatus[status]++;
            if (result is null)
            {
                continue;
            }

            categorized++;
            for (var i = 0; i < variables.Length; i++)
            {
                variables[i] = variables[i].Add(result.VariableLevel(i));
            }

            for (var i = 0; i < areas.Length; i++)
            {
                areas[i] = areas[i].Add(result.AreaLevel(i));
            }

            overall = overall.Add(result.Overall);
        }

        return new WaveFigures(
            registered,
            categorized,
            perStatus,
            methodology.Variables.Select((variable, i) => new VariableDistribution(variable, variables[i])).ToList(),
            methodology.Areas.Select((area, i) => new AreaDistribution(area, areas[i])).ToList(),
            overall);
    }

    public VariableDistribution Variable(string code) => Variables.First(distribution => distribution.Variable.Code == code);
}
