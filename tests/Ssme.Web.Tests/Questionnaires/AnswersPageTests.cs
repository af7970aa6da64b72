using System.Net;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class AnswersPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Every_answer_is_on_one_page_for_its_manager_and_nobody_else()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);
        await QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        var (_, other) = await QuestionnaireFlow.RegisterManagerAsync(factory);

        var review = await manager.GetPageAsync($"/cuestionario/{submissionId}/revision");
        var page = await manager.GetPageAsync(review.QuerySelector($"a[href='/cuestionario/{submissionId}/respuestas']")!.GetAttribute("href")!);
        var foreign = await other.GetAsync(new Uri($"/cuestionario/{submissionId}/respuestas", UriKind.Relative));

        Assert.Contains("Falta de datos sectoriales, \"actualizados\"", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("Empresas participantes", page.MainText(), StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(heading => heading.LocalName).ToList();
        Assert.Equal(["h1", .. Enumerable.Repeat("h2", QuestionnaireRules.QuestionSections.Count)], headings);
        var rows = page.QuerySelectorAll("main dl.answers dt").Select(term => term.TextContent.Trim()).ToList();
        var catalog = QuestionnaireRules.QuestionSections.SelectMany(QuestionnaireFields.In).Select(field => field.Label).ToList();
        Assert.Equal(catalog, rows);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task The_review_step_leads_to_the_confirmation_page_which_sends_and_a_receipt_with_a_pdf_copy_follows()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (email, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);
        await QuestionnaireFlow.FillEverythingAsync(manager, submissionId);

        var review = await manager.GetPageAsync($"/cuestionario/{submissionId}/revision");
        Assert.Empty(review.QuerySelectorAll("main form button[formaction]"));
        var confirmation = await manager.GetPageAsync(review.QuerySelector("a.button[href$='/respuestas']")!.GetAttribute("href")!);
        Assert.Contains("Enviar cuestionario", confirmation.QuerySelector("#send-form")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitAsync(confirmation, "#send-form");

        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        var receipt = (await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1];
        var number = $"SSME-{await factory.WithDbAsync(db => db.Waves.Where(w => w.Id == waveId).Select(w => w.Code).SingleAsync())}-{submissionId:D6}";
        Assert.Contains(number, receipt, StringComparison.Ordinal);
        Assert.Contains("application/pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("comprobante", receipt, StringComparison.Ordinal);

        var home = await manager.GetPageAsync("/cuestionario");
        Assert.Equal($"/cuestionario/{submissionId}/respuestas", home.QuerySelectorAll("main a").Single(link => link.TextContent.StartsWith("Ver el cuestionario", StringComparison.Ordinal)).GetAttribute("href"));
        var download = await manager.GetAsync(new Uri(home.QuerySelector("a[href$='/comprobante']")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Falta de datos sectoriales", text, StringComparison.Ordinal);

        var (_, other) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/cuestionario/{submissionId}/comprobante", UriKind.Relative))).StatusCode);
    }
}
