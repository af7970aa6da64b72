using System.Text.Json.Nodes;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

public sealed class WaveReportTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave Earlier = Wave.Create(WaveCode.Parse("OLA1"), "Ola 1", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));
    private static readonly Wave Later = Wave.Create(WaveCode.Parse("OLA2"), "Ola 2", 2020, new DateOnly(2021, 2, 1), new DateOnly(2021, 3, 31));

    [Fact]
    public void Macrosector_shares_count_each_waves_categorized_initiatives_that_name_a_macrosector()
    {
        List<ReportEntry> later =
        [
            Entry(SubmissionStatus.Accepted, a => a with { Macrosector = Macrosector.Servicios }),
            Entry(SubmissionStatus.Submitted, a => a with { Macrosector = Macrosector.Servicios }),
            Entry(SubmissionStatus.Accepted, a => a with { Macrosector = Macrosector.Agroindustria }),
            Entry(SubmissionStatus.Draft, a => a with { Macrosector = Macrosector.Manufactura }),
            Entry(SubmissionStatus.Accepted, a => a with { Macrosector = null }),
        ];

        var report = WaveReport.Build(Later, SampleAnswers.Ssme2020, later, [(Later, later), (Earlier, [])], []);

        Assert.Equal([Earlier, Later], report.Participation.Waves.Select(summary => summary.Wave));
        Assert.Equal(["Servicios", "Manufactura", "Agroindustria"], report.Profile.Macrosectors.Select(row => row.Label));
        Assert.All(report.Profile.Macrosectors, row => Assert.Null(row.PerWave[0].Percent));
        Assert.Equal([(2L, 3L, 67), (0L, 3L, 0), (1L, 3L, 33)], report.Profile.Macrosectors.Select(row => (row.PerWave[1].Count, row.PerWave[1].Of, row.PerWave[1].Percent!.Value)));
    }

    [Fact]
    public void Long_term_sustainability_is_more_than_the_months_where_the_methodology_puts_the_consolidated_level()
    {
        var sustainability = SustainabilityOf(SampleAnswers.Ssme2020);

        Assert.Equal("mayor a 24 meses", sustainability.Period);
        Assert.Equal("Sostenibilidad financiera mayor a 24 meses", sustainability.Share.Label);
        Assert.Equal((2L, 5L), (sustainability.Share.Count, sustainability.Share.Of));
    }

    [Theory]
    [InlineData(12, false, 3, "mayor a 12 meses")]
    [InlineData(24, true, 3, "de al menos 24 meses")]
    [InlineData(30, false, 1, "mayor a 30 meses")]
    public void Another_methodology_threshold_changes_the_count_and_the_text(int months, bool inclusive, long expected, string period)
    {
        var sustainability = SustainabilityOf(WithSustainabilityThreshold(months, inclusive));

        Assert.Equal(expected, sustainability.Share.Count);
        Assert.Equal(period, sustainability.Period);
    }

    /// <summary>Five categorized initiatives: four guarantee 12, 24, 25 and 36 months, one does not answer.</summary>
    private static LongTermSustainability SustainabilityOf(MethodologyDefinition methodology)
    {
        List<ReportEntry> entries = [.. new int?[] { 12, 24, 25, 36, null }.Select(months => Entry(SubmissionStatus.Accepted, a => a with { SustainabilityMonths = months }))];
        return WaveReport.Build(Later, methodology, entries, [(Later, entries)], []).Management.Funding.Sustainability;
    }

    private static MethodologyDefinition WithSustainabilityThreshold(int months, bool inclusive)
    {
        using var stream = typeof(MethodologyCatalog).Assembly.GetManifestResourceStream(
            typeof(MethodologyCatalog).Assembly.GetManifestResourceNames().Single(name => name.EndsWith("ssme-2020.json", StringComparison.Ordinal)))!;
        var definition = JsonNode.Parse(stream)!.AsObject();
        var variable = definition["variables"]!.AsArray().Select(node => node!.AsObject()).Single(item => (string)item["code"]! == "sustainability");
        variable["bands"] = new JsonArray(
            new JsonObject { ["level"] = 1, ["max"] = months / 2, ["maxInclusive"] = false },
            new JsonObject { ["level"] = 2, ["min"] = months / 2, ["minInclusive"] = true, ["max"] = months, ["maxInclusive"] = !inclusive },
            new JsonObject { ["level"] = 3, ["min"] = months, ["minInclusive"] = inclusive });
        return MethodologyCatalog.Parse(definition.ToJsonString());
    }

    private static ReportEntry Entry(SubmissionStatus status, Func<Answers, Answers> change)
    {
        var answers = change(SampleAnswers.AllConsolidated());
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(status, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }
}
