using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reference;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

public sealed class NationalReferenceTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave Second = Wave.Create(WaveCode.Parse("II"), "II Ola", 2018, new DateOnly(2019, 2, 1), new DateOnly(2019, 3, 31));
    private static readonly Wave Third = Wave.Create(WaveCode.Parse("III"), "III Ola", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));

    [Theory]
    [InlineData("Nacional")]
    [InlineData("nacional")]
    [InlineData("00")]
    public void A_national_row_and_figures_written_the_colombian_way_are_accepted(string national)
    {
        var (rows, problems) = Check(
            (national, "2019", "22.384.482", "1.643.849"),
            ("Antioquia", "2019", "3.067.094", "197044"));

        Assert.Empty(problems);
        Assert.Equal(
            [new ReferenceRow(ReferenceFigure.NationalCode, 2019, 22_384_482, 1_643_849), new ReferenceRow("05", 2019, 3_067_094, 197_044)],
            rows);
    }

    [Theory]
    [InlineData("3.067.09")]
    [InlineData("3,067")]
    [InlineData("12.5")]
    public void A_figure_that_is_not_a_whole_number_is_refused_naming_the_column(string value)
    {
        var (_, problems) = Check(("Antioquia", "2019", value, "1"));

        Assert.Equal([new Ssme.Domain.Exchange.ImportProblem(2, ReferenceRules.OccupiedPopulation, $"«{value}» no es un número entero mayor o igual a 0.")], problems);
    }

    [Fact]
    public void The_national_share_comes_from_the_national_row_with_the_previous_wave_beside()
    {
        // II Ola: 110.884 jobs of 22.528.856 occupied in 2018 = 0,49 % → "0,5 %". III Ola: 582.791 of 22.384.482 = 2,60 % → "2,6 %".
        // Firms III: 12.684 of 1.643.849 = 0,77 % → "0,8 %". The departments' own figures sum to far less than the national row.
        List<ReferenceFigure> reference =
        [
            new(ReferenceFigure.NationalCode, 2018, 22_528_856, 1_500_000),
            new(ReferenceFigure.NationalCode, 2019, 22_384_482, 1_643_849),
            new("05", 2019, 3_067_094, 197_044),
        ];
        List<ReportEntry> second = [Entry("05", 110_884, 1_000)];
        List<ReportEntry> third = [Entry("05", 500_000, 12_000), Entry("66", 82_791, 684)];

        var report = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Second, second), (Third, third)], reference);

        var national = report.Regional.National;
        Assert.Equal(Second, report.Regional.Previous);
        Assert.Equal((582_791L, 22_384_482L, "2,6 %"), (national.Employment.Initiatives, national.Employment.Reference!.Value, national.Employment.Text));
        Assert.Equal((12_684L, 1_643_849L, "0,8 %"), (national.Firms.Initiatives, national.Firms.Reference!.Value, national.Firms.Text));
        Assert.Equal("0,5 %", national.PreviousEmployment!.Text);
        var antioquia = report.Regional.Departments.Single(row => row.Name == "Antioquia");
        Assert.Equal("16,3 %", antioquia.Employment.Text); // 500.000 / 3.067.094 = 16,30 %
        Assert.Equal(110_884, antioquia.PreviousEmployment!.Initiatives);
        Assert.Equal((null, "—"), (report.Regional.Departments.Single(row => row.Name == "Risaralda").Employment.Reference, report.Regional.Departments.Single(row => row.Name == "Risaralda").Employment.Text));
    }

    [Fact]
    public void A_wave_before_the_portal_is_the_previous_wave_of_dimension_three_from_its_published_figures()
    {
        // II Ola published: 110.884 jobs in total and 60.000 in Antioquia; firms only in total (9.000).
        // 110.884 / 22.528.856 = 0,49 % → "0,5 %"; 60.000 / 2.900.000 = 2,07 % → "2,1 %"; 9.000 / 1.500.000 = 0,6 %.
        List<ReferenceFigure> reference =
        [
            new(ReferenceFigure.NationalCode, 2018, 22_528_856, 1_500_000),
            new(ReferenceFigure.NationalCode, 2019, 22_384_482, 1_643_849),
            new("05", 2018, 2_900_000, 150_000),
        ];
        List<Ssme.Domain.History.HistoricalFigure> history =
        [
            new(new Ssme.Domain.History.HistoryRow("II", "II Ola", 2018, Ssme.Domain.History.HistoryRules.Employment, Ssme.Domain.History.HistoryRules.TotalCode, 110_884)),
            new(new Ssme.Domain.History.HistoryRow("II", "II Ola", 2018, Ssme.Domain.History.HistoryRules.Employment, "05", 60_000)),
            new(new Ssme.Domain.History.HistoryRow("II", "II Ola", 2018, Ssme.Domain.History.HistoryRules.Firms, Ssme.Domain.History.HistoryRules.TotalCode, 9_000)),
        ];
        List<ReportEntry> third = [Entry("05", 500_000, 12_000), Entry("66", 82_791, 684)];

        var regional = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Third, third)], reference, history: history).Regional;

        Assert.Equal("II Ola", regional.Previous!.Name);
        Assert.Equal("0,5 %", regional.National.PreviousEmployment!.Text);
        Assert.Equal("0,6 %", regional.National.PreviousFirms!.Text);
        var antioquia = regional.Departments.Single(row => row.Name == "Antioquia");
        Assert.Equal("2,1 %", antioquia.PreviousEmployment!.Text);
        Assert.Null(antioquia.PreviousFirms);
        Assert.Null(regional.Departments.Single(row => row.Name == "Risaralda").PreviousEmployment);
    }

    [Fact]
    public void A_share_above_one_hundred_percent_is_flagged_as_a_likely_unit_error()
    {
        // 10.551,7 % in the old report: a reference typed in thousands (28 for 28.000 occupied).
        List<ReferenceFigure> reference = [new("81", 2019, 28, 15)];
        List<ReportEntry> third = [Entry("81", 2_955, 40)];

        var row = WaveReport.Build(Third, SampleAnswers.Ssme2020, third, [(Third, third)], reference).Regional.Departments.Single();

        Assert.True(row.Employment.LikelyUnitError);
        Assert.Equal(RegionalShare.UnitErrorText, row.Employment.Text);
        Assert.DoesNotContain("10.553", row.Employment.Text, StringComparison.Ordinal);
    }

    private static (IReadOnlyList<ReferenceRow> Rows, IReadOnlyList<Ssme.Domain.Exchange.ImportProblem> Problems) Check(params (string Department, string Year, string Occupied, string Firms)[] rows) =>
        ReferenceRules.Check(
            ReferenceRules.Columns,
            rows.Select((row, i) => (i + 2, (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                [ReferenceRules.Department] = row.Department,
                [ReferenceRules.Year] = row.Year,
                [ReferenceRules.OccupiedPopulation] = row.Occupied,
                [ReferenceRules.RegisteredFirms] = row.Firms,
            })));

    private static ReportEntry Entry(string department, int employment, int micro)
    {
        var answers = SampleAnswers.AllConsolidated() with { Department = department, Employment = employment, FirmsMicro = micro, FirmsSmall = 0, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 0, FirmsImpacted = 0 };
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(SubmissionStatus.Accepted, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(department), null), submission);
    }
}
