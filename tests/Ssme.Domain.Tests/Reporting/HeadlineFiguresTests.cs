using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Tests.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Reporting;

/// <summary>
/// The SPEC §12 headline figures on four initiatives whose expected values are worked out by hand
/// in the comments, never by the code under test.
/// </summary>
public sealed class HeadlineFiguresTests
{
    private static readonly Actor Analyst = new("a", "Analista");
    private static readonly Wave Wave = Wave.Create(WaveCode.Parse("III"), "III Ola", 2019, new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 31));

    /// <summary>
    /// A: 100 firms (10 medium, 10 large), 70 impacted, capacitación + I+D+i, assembly met, no board, spontaneous, 90 % intercluster, 36 months.
    /// B: 80 firms (no medium/large), 0 impacted but reports capacitación, assembly without meeting, periodic board, manager-driven, 30 %, 24 months.
    /// C: 81 firms (1 large), 5 impacted, I+D+i, no assembly, irregular board, no collaboration, 0 %, 25 months.
    /// D: 5.030 firms (5.000 micro), 1 impacted, no business impact named, no assembly, no board, spontaneous, 41 %, 12 months, no firms' opex.
    /// </summary>
    private static readonly WaveReport Report = Build(
        a => a with { FirmsImpacted = 70, ImpactsBusiness = BusinessImpacts.Capacitacion | BusinessImpacts.Idi, GeneralAssembly = GeneralAssemblyStatus.Met, AdvisoryBoard = AdvisoryBoardStatus.None, Collaboration = CollaborationType.Spontaneous, FocusInterclusterPct = new Percent(90m), SustainabilityMonths = 36 },
        a => a with { FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 60, FirmsImpacted = 0, ImpactsBusiness = BusinessImpacts.Capacitacion, GeneralAssembly = GeneralAssemblyStatus.NoMeeting, AdvisoryBoard = AdvisoryBoardStatus.Periodic, Collaboration = CollaborationType.ManagerDriven, FocusInterclusterPct = new Percent(30m), SustainabilityMonths = 24 },
        a => a with { FirmsMedium = 0, FirmsLarge = 1, FirmsActive = 60, FirmsImpacted = 5, ImpactsBusiness = BusinessImpacts.Idi, GeneralAssembly = GeneralAssemblyStatus.None, AdvisoryBoard = AdvisoryBoardStatus.Irregular, Collaboration = CollaborationType.None, FocusInterclusterPct = new Percent(0m), SustainabilityMonths = 25 },
        a => a with { FirmsMicro = 5_000, FirmsMedium = 0, FirmsLarge = 0, FirmsImpacted = 1, ImpactsBusiness = BusinessImpacts.None, GeneralAssembly = GeneralAssemblyStatus.None, AdvisoryBoard = AdvisoryBoardStatus.None, Collaboration = CollaborationType.Spontaneous, FocusInterclusterPct = new Percent(41m), SustainabilityMonths = 12, OpexFirmsCop = new Cop(0m) });

    [Fact]
    public void Business_impacts_are_shares_of_the_initiatives_with_impacted_firms()
    {
        var impacts = Report.Performance.Impacts;

        // A, C and D have impacted firms; B names an impact but impacted none.
        Assert.Equal(3, impacts.InitiativesImpactingFirms);
        Assert.Equal(70 + 0 + 5 + 1, Report.Performance.Firms.Impacted.Count);
        Assert.Equal(("Capacitación y re-entrenamiento del talento humano de las empresas", "33 %"), Named(impacts.Business[0]));
        Assert.Equal("67 %", impacts.Business[1].Text);
    }

    [Fact]
    public void Governance_counts_assemblies_boards_and_an_active_advisory_body()
    {
        var governance = Report.Management.Governance;

        Assert.Equal("50 %", governance.WithAssembly.Text); // A, B
        Assert.Equal("25 %", governance.ActiveAssembly.Text); // A
        Assert.Equal("50 %", governance.WithBoard.Text); // B, C
        Assert.Equal("25 %", governance.ActiveBoard.Text); // B
        Assert.Equal("50 %", governance.ActiveAdvisoryBody.Text); // A met, B periodic
    }

    [Fact]
    public void Collaboration_size_focus_financing_and_activities_follow_the_seed_definitions()
    {
        var management = Report.Management;

        Assert.Equal("75 %", management.Collaboration.Any.Text); // A, B, D
        Assert.Equal(("50 %", "25 %"), (management.Collaboration.Spontaneous.Text, management.Collaboration.ManagerDriven.Text)); // A, D; B
        Assert.Equal(["25 %", "25 %", "50 %"], management.Collaboration.Types.Select(share => share.Text)); // none, manager-driven, spontaneous
        Assert.Equal("50 %", Report.Performance.Sizes.WithMediumOrLargeFirm.Text); // A, C
        Assert.Equal("40 %", management.Focus.Intercluster.WholeText); // (90 + 30 + 0 + 41) / 4 = 40,25
        Assert.Equal("60 %", management.Focus.Sectorial.WholeText); // 59,75
        Assert.Equal("50 %", management.Funding.Sustainability.Share.Text); // A 36, C 25
        Assert.Equal((40L, 160L, 150L), (management.Funding.Operating[0].Count, management.Funding.Operating[1].Count, management.Funding.Operating[2].Count));
        Assert.Equal("43 %", management.Funding.FirmsOperatingShare.Text); // 150 / 350 = 42,86
        Assert.Equal("90 %", management.Funding.FirmsProjectShare.Text); // 360 / 400
        Assert.Equal(["20 %", "20 %", "60 %"], management.Focus.ActivityTypes.Select(share => share.Text)); // 8, 8, 24 of 40
    }

    [Fact]
    public void A_non_zero_share_below_one_percent_prints_as_less_than_one_never_zero()
    {
        var sizes = Report.Performance.Sizes.Sizes;

        // 5.291 firms: 10 medium (0,19 %), 11 large (0,21 %).
        Assert.Equal(5_291, Report.Performance.Firms.Participating);
        Assert.Equal(["< 1 %", "< 1 %"], sizes.Skip(2).Select(share => share.Text));
        Assert.Equal("< 1 %", new Share("x", 7, 1_000).Text); // 0,7 % would round to 1 %
        Assert.Equal("0 %", new Share("x", 0, 1_000).Text);
        Assert.Equal("—", new Share("x", 0, 0).Text);
    }

    [Fact]
    public void The_report_covers_only_waves_up_to_its_own_analysed_year()
    {
        var earlier = Wave.Create(WaveCode.Parse("II"), "II Ola", 2017, new DateOnly(2018, 2, 1), new DateOnly(2018, 3, 31));
        var later = Wave.Create(WaveCode.Parse("IV"), "IV Ola", 2023, new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31));
        List<ReportEntry> entries = [Entry(a => a with { Department = "05" })];
        List<ReportEntry> laterEntries = [Entry(a => a with { Department = "11" }), Entry(a => a with { Department = "11" })];

        var report = WaveReport.Build(Wave, SampleAnswers.Ssme2020, entries, [(later, laterEntries), (Wave, entries), (earlier, [])], []);

        Assert.Equal(["II Ola", "III Ola"], report.Participation.Waves.Select(summary => summary.Wave.Name));
        Assert.Equal(["Antioquia"], report.Profile.Departments.Select(row => row.Department.Name));
        Assert.All(report.Profile.Macrosectors, row => Assert.Equal(2, row.PerWave.Count));
    }

    private static (string, string) Named(Share share) => (share.Label, share.Text);

    private static WaveReport Build(params Func<Answers, Answers>[] changes)
    {
        List<ReportEntry> entries = [.. changes.Select(Entry)];
        return WaveReport.Build(Wave, SampleAnswers.Ssme2020, entries, [(Wave, entries)], []);
    }

    private static ReportEntry Entry(Func<Answers, Answers> change)
    {
        var answers = change(SampleAnswers.AllConsolidated());
        var submission = new Submission(1, 1, answers, DateTimeOffset.UnixEpoch);
        submission.SetStatusByImport(SubmissionStatus.Accepted, Analyst, DateTimeOffset.UnixEpoch, "prueba");
        return new ReportEntry(new Initiative(answers.InitiativeName!, Department.FromCode(answers.Department!), null), submission);
    }
}
