using System.Net;
using System.Text.Json;
using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Questionnaires;

/// <summary>The page's script saves through the same merge as «Guardar», answered as JSON.</summary>
public sealed class AutosaveTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task An_autosave_stores_what_was_typed_and_tells_the_tab_what_is_now_stored()
    {
        var wave = await factory.CreateWaveAsync();
        var (email, submissionId) = await factory.ManagerWithDraftAsync(wave);
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        var url = page.QuerySelector("main form")!.GetAttribute("data-autosave-url")!;

        var response = await manager.SubmitAsync(ReplaceAction(page, url), "main form", new Dictionary<string, string?> { ["firms_micro"] = " 41 ", ["firms_small"] = "doce" });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", answer.RootElement.GetProperty("savedAt").GetString());
        Assert.Equal("41", answer.RootElement.GetProperty("stored").GetProperty("firms_micro").GetString());
        Assert.Contains("Pequeñas empresas", answer.RootElement.GetProperty("problems").GetProperty("firms_small").GetString(), StringComparison.Ordinal);
        Assert.Equal(41, (await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsMicro);
    }

    [Fact]
    public async Task A_read_only_questionnaire_offers_no_autosave()
    {
        var wave = await factory.CreateWaveAsync(open: false);
        var (email, submissionId) = await factory.ManagerWithDraftAsync(wave);
        var manager = await factory.SignedInClientAsync(email);

        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");

        Assert.Equal(string.Empty, page.QuerySelector("main form")!.GetAttribute("data-autosave-url"));
        Assert.Null(page.QuerySelector("script[src*='questionnaire.js']"));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument ReplaceAction(AngleSharp.Html.Dom.IHtmlDocument page, string url)
    {
        page.QuerySelector("main form")!.SetAttribute("action", url);
        return page;
    }
}
