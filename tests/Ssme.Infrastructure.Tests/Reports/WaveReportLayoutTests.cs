using Ssme.Domain.Initiatives;
using Ssme.TestData;
using UglyToad.PdfPig;

namespace Ssme.Infrastructure.Tests.Reports;

public sealed class WaveReportLayoutTests
{
    /// <summary>A4 in points; the footer's baseline sits 32 points above the bottom edge.</summary>
    private const double PageHeight = 842;
    private const double FooterBaseline = 32;

    [Fact]
    public void The_department_chart_of_all_33_departments_stays_inside_the_page()
    {
        var answers = SyntheticAnswers.Create(Department.All.Count, seed: 33)
            .Select((answer, i) => answer with { Department = Department.All[i].Code, HasPeriodData = true })
            .ToList();

        var pdf = WaveReports.Render(WaveReports.NewWave(), [.. answers.Select(answer => WaveReports.Entry(answer))]);

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            // Nothing is drawn off the page or over the footer: below the content's bottom only the footer's line of text.
            var strays = page.Letters.Where(letter => letter.StartBaseLine.Y < 0 || letter.StartBaseLine.Y > PageHeight || (letter.StartBaseLine.Y < 55 && Math.Abs(letter.StartBaseLine.Y - FooterBaseline) > 1)).ToList();
            Assert.True(strays.Count == 0, $"Page {page.Number}: {string.Concat(strays.Take(40).Select(letter => letter.Value))}");
        }

        // Every department is a bar label of a chart, besides its row of the table.
        var text = string.Join(' ', WaveReports.Pages(pdf));
        Assert.All(Department.All.Where(department => department.Name.Length < 30), department => Assert.True(
            System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(department.Name)) >= 2,
            department.Name));
    }

    [Fact]
    public void A_level_held_by_one_initiative_in_150_prints_below_one_percent_in_the_level_distribution()
    {
        // 149 initiatives at Nivel 3 everywhere and one at Nivel 1 everywhere: 1 / 150 = 0,67 %, which is "< 1 %", never "1 %" or "0 %".
        List<Domain.Reporting.ReportEntry> entries = [.. Enumerable.Range(1, 149).Select(i => WaveReports.Entry(WaveReports.Consolidated($"Consolidada {i}"))), WaveReports.Entry(WaveReports.Basic("Básica"))];

        var text = string.Join(' ', WaveReports.Pages(WaveReports.Render(WaveReports.NewWave(), entries)));

        Assert.Contains("Nivel 1: Básico 1 < 1 %", text, StringComparison.Ordinal);
        Assert.Contains("Nivel 2: En consolidación 0 0 %", text, StringComparison.Ordinal);
        Assert.Contains("Nivel 3: Consolidada 149 99 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Desired_support_is_counted_and_its_answers_listed_grouped_without_the_initiatives()
    {
        // 7 initiatives: 6 answered, two of them with the same words in other spacing and case; one left it empty.
        string?[] support = ["Formación en exportación", "formación  en exportación", "Misiones comerciales", "Acceso a financiación", "Vigilancia tecnológica", "Ruedas de negocios", null];
        var entries = support.Select((text, i) => WaveReports.Entry(WaveReports.Consolidated($"Iniciativa Zeta {i}") with { DesiredSupport = text })).ToList();

        var text = string.Join(' ', WaveReports.Pages(WaveReports.Render(WaveReports.NewWave(), entries)));

        // 6 of 7 = 85,7 % → 86 %.
        Assert.Contains("Apoyos deseados 6 de 7 iniciativas cluster (86 %) indicaron qué apoyos desearían recibir", text, StringComparison.Ordinal);
        string[] listed = ["Formación en exportación 2", "Acceso a financiación 1", "Misiones comerciales 1", "Ruedas de negocios 1", "Vigilancia tecnológica 1"];
        var positions = listed.Select(row => text.IndexOf(row, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        var start = text.IndexOf("Apoyos deseados 6 de 7", StringComparison.Ordinal);
        var section = text[start..text.IndexOf("Dimensión 2", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("Zeta", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_five_desired_support_answers_are_counted_but_not_listed()
    {
        string?[] support = ["Misiones comerciales", "Ruedas de negocios", null, null, null, null];
        var entries = support.Select((text, i) => WaveReports.Entry(WaveReports.Consolidated($"Iniciativa {i}") with { DesiredSupport = text })).ToList();

        var text = string.Join(' ', WaveReports.Pages(WaveReports.Render(WaveReports.NewWave(), entries)));

        // 2 of 6 = 33,3 % → 33 %.
        Assert.Contains("2 de 6 iniciativas cluster (33 %) indicaron", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Misiones comerciales", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_categorization_table_sets_the_previous_wave_and_the_change_beside_each_share()
    {
        // II Ola: 4 initiatives, strategy current / current / none / none → Nivel 1 50 %, Nivel 3 50 %.
        // III Ola: 2 initiatives, strategy current / outdated → Nivel 2 50 %, Nivel 3 50 %. Changes −50, +50, 0.
        var second = WaveReports.NewWave("II", 2018);
        List<Domain.Reporting.ReportEntry> before =
        [
            WaveReports.Entry(WaveReports.Consolidated("A")),
            WaveReports.Entry(WaveReports.Consolidated("B")),
            WaveReports.Entry(WaveReports.Consolidated("C") with { Strategy = Domain.Questionnaire.StrategyStatus.None }),
            WaveReports.Entry(WaveReports.Consolidated("D") with { Strategy = Domain.Questionnaire.StrategyStatus.None }),
        ];
        List<Domain.Reporting.ReportEntry> now = [WaveReports.Entry(WaveReports.Consolidated("E")), WaveReports.Entry(WaveReports.Consolidated("F") with { Strategy = Domain.Questionnaire.StrategyStatus.Outdated })];

        var text = string.Join(' ', WaveReports.Pages(WaveReports.Render(WaveReports.NewWave(), now, [(second, before)])));

        Assert.Contains("N1 II N1 III Cambio (p. p.)", text, StringComparison.Ordinal);
        Assert.Contains("Estrategia 50 % 0 % −50 0 % 50 % +50 50 % 50 % 0 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cambio frente a la II Ola", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wave_with_nothing_categorized_draws_no_chart_of_zero_bars()
    {
        var drafts = SyntheticAnswers.Create(3, seed: 1).Select(answer => WaveReports.Entry(answer, Domain.Submissions.SubmissionStatus.Draft)).ToList();

        var text = string.Join(' ', WaveReports.Pages(WaveReports.Render(WaveReports.NewWave("IV", 2021), drafts)));

        Assert.Contains("La IV Ola no tiene iniciativas categorizadas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Iniciativas categorizadas por ola", text, StringComparison.Ordinal);
    }
}
