using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;

namespace Ssme.Domain.Tests.Reporting;

public sealed class WaveFiguresTests
{
    private static readonly Actor Analyst = new("a", "Analista");

    [Theory]
    [InlineData(1, 8, 13)]
    [InlineData(1, 200, 1)]
    [InlineData(1, 201, 0)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 3, 33)]
    [InlineData(0, 5, 0)]
    public void Level_shares_are_integer_percentages_rounded_half_up(int count, int n, int expected)
    {
        var counts = new LevelCounts(count, n - count, 0);

        Assert.Equal(expected, counts.PercentOf(Level.Basic));
    }

    [Fact]
    public void A_distribution_without_levels_has_no_percentage()
    {
        Assert.Null(LevelCounts.Empty.PercentOf(Level.Consolidated));
    }

    [Fact]
    public void Registered_counts_every_submission_and_categorized_only_sent_or_accepted_with_period_data()
    {
        var submissions = new List<Submission>();
        foreach (var (status, hasData) in new[]
        {
            (SubmissionStatus.Draft, true), (SubmissionStatus.Submitted, true), (SubmissionStatus.Accepted, true),
            (SubmissionStatus.Returned, true), (SubmissionStatus.Excluded, true), (SubmissionStatus.Submitted, false),
        })
        {
            var answers = SampleAnswers.AllConsolidated() with { HasPeriodData = hasData };
            var submission = new Submission(submissions.Count + 1, 1, answers, DateTimeOffset.UnixEpoch);
            submission.SetStatusByImport(status, Analyst, DateTimeOffset.UnixEpoch, "prueba");
            submissions.Add(submission);
        }

        var figures = WaveFigures.Compute(submissions, SampleAnswers.Ssme2020);

        Assert.Equal(6, figures.Registered);
        Assert.Equal(2, figures.Categorized);
        Assert.Equal(2, figures.PerStatus[SubmissionStatus.Submitted]);
        Assert.Equal(new LevelCounts(0, 0, 2), figures.Overall);
        Assert.Equal(2, figures.Variable("focus").Counts.N);
    }

    [Fact]
    public void A_variable_without_data_is_left_out_of_its_n()
    {
        var withFirms = SampleAnswers.AllConsolidated();
        var withoutActivities = SampleAnswers.AllConsolidated() with
        {
            ActivitiesBusiness = 0,
            ActivitiesEnvironment = 0,
            ActivitiesNetworking = 0,
        };
        var results = new[] { withFirms, withoutActivities }
            .Select(answers => (SubmissionStatus.Submitted, (CategorizationResult?)Categorizer.Categorize(answers, SampleAnswers.Ssme2020)));

        var figures = WaveFigures.Compute(results, SampleAnswers.Ssme2020);

        Assert.Equal(1, figures.Variable("activities").Counts.N);
        Assert.Equal(2, figures.Variable("focus").Counts.N);
    }
}
