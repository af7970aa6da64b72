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
        Assert.Contains("Pequeñas empresas", answer.RootElement.GetProperty("refused").GetProperty("firms_small").GetString(), StringComparison.Ordinal);
        Assert.Equal(41, (await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsMicro);
    }

    [Fact]
    public async Task An_autosave_tells_refused_values_apart_from_stored_values_that_disagree()
    {
        var (manager, submissionId, page, url) = await AutosavePageAsync("empresas");

        var response = await manager.SubmitAsync(ReplaceAction(page, url), "main form", new Dictionary<string, string?> { ["firms_micro"] = "5", ["firms_small"] = "doce", ["firms_active"] = "30" });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["firms_small"], answer.RootElement.GetProperty("refused").EnumerateObject().Select(field => field.Name));
        Assert.Equal(["firms_active"], answer.RootElement.GetProperty("rules").EnumerateObject().Select(field => field.Name));
        Assert.Equal(30, (await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsActive);
    }

    [Fact]
    public async Task An_autosave_after_the_session_ended_keeps_the_values_for_after_signing_in()
    {
        var (email, submissionId) = await factory.ManagerWithDraftAsync(await factory.CreateWaveAsync());
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        var url = page.QuerySelector("main form")!.GetAttribute("data-autosave-url")!;
        var elsewhere = await factory.SignInSessionAsync(email);
        await elsewhere.Client.SubmitAsync(await elsewhere.Client.GetPageAsync("/"), "form[action='/cuenta/salir']");

        var response = await manager.SubmitAsync(ReplaceAction(page, url), "main form", new Dictionary<string, string?> { ["firms_micro"] = "41" });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var resume = answer.RootElement.GetProperty("resume").GetString()!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("/cuenta/ingresar?ReturnUrl=", resume, StringComparison.Ordinal);
        var signIn = await manager.GetPageAsync(resume);
        var back = await manager.SubmitAsync(signIn, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        var restored = await back.ReadPageAsync();
        Assert.Contains("Recuperamos lo que escribió", restored.MainText(), StringComparison.Ordinal);
        Assert.Equal("41", InputValue(restored, "firms_micro"));
    }

    [Fact]
    public async Task An_autosave_with_a_stale_token_answers_where_the_values_wait_instead_of_showing_them_once_to_the_script()
    {
        var (manager, _, page, url) = await AutosavePageAsync("empresas");

        var response = await manager.SubmitAsync(ReplaceAction(page, url), "main form", new Dictionary<string, string?> { ["firms_micro"] = "41", ["__RequestVerificationToken"] = "caducado" });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var restored = await manager.GetPageAsync(answer.RootElement.GetProperty("resume").GetString()!);
        Assert.Contains("Recuperamos lo que escribió", restored.MainText(), StringComparison.Ordinal);
        Assert.Equal("41", InputValue(restored, "firms_micro"));
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

    private async Task<(HttpClient Manager, int SubmissionId, AngleSharp.Html.Dom.IHtmlDocument Page, string Url)> AutosavePageAsync(string section)
    {
        var (email, submissionId) = await factory.ManagerWithDraftAsync(await factory.CreateWaveAsync());
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/{section}");
        return (manager, submissionId, page, page.QuerySelector("main form")!.GetAttribute("data-autosave-url")!);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument ReplaceAction(AngleSharp.Html.Dom.IHtmlDocument page, string url)
    {
        page.QuerySelector("main form")!.SetAttribute("action", url);
        return page;
    }
}
