using System.Net;
using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Questionnaires;

/// <summary>What a manager typed survives a session that ended before «Guardar» was pressed.</summary>
public sealed class SessionEndedTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static readonly Dictionary<string, string?> Typed = new()
    {
        ["firms_micro"] = "41",
        ["firms_small"] = "12",
        ["firms_medium"] = "3",
        ["firms_large"] = "1",
        ["firms_active"] = "30",
    };

    [Fact]
    public async Task Values_typed_when_the_session_ended_are_back_in_the_form_after_signing_in_again()
    {
        var waveId = await OpenWaveAsync(factory);
        var (email, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        var typing = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        await EndEverySessionAsync(email);

        var afterSave = await manager.SubmitAsync(typing, "main form", Typed);
        var signIn = await afterSave.ReadPageAsync();
        Assert.Equal("/cuenta/ingresar", afterSave.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Su sesión terminó. Guardamos lo que escribió: ingrese de nuevo para recuperarlo.", signIn.MainText(), StringComparison.Ordinal);
        Assert.Null((await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsMicro);

        var back = await manager.SubmitAsync(signIn, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        var page = await back.ReadPageAsync();

        Assert.Equal($"/cuestionario/{submissionId}/empresas", back.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Recuperamos lo que escribió", page.MainText(), StringComparison.Ordinal);
        foreach (var (code, value) in Typed)
        {
            Assert.Equal(value, InputValue(page, code));
        }

        var saved = await manager.SubmitAsync(page, "main form");
        Assert.Contains("Sus respuestas se guardaron", (await saved.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(41, (await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsMicro);
    }

    [Fact]
    public async Task A_save_without_its_antiforgery_cookie_keeps_what_was_typed_instead_of_an_error_page()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        var typing = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");

        var response = await manager.SubmitAsync(typing, "main form", new Dictionary<string, string?>(Typed) { ["__RequestVerificationToken"] = "caducado" });
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/cuestionario/{submissionId}/empresas", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Recuperamos lo que escribió", page.MainText(), StringComparison.Ordinal);
        Assert.Equal("41", InputValue(page, "firms_micro"));
    }

    [Fact]
    public async Task A_rescued_draft_is_shown_only_in_the_browser_that_typed_it()
    {
        var waveId = await OpenWaveAsync(factory);
        var (email, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        var typing = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        await EndEverySessionAsync(email);
        var afterSave = await manager.SubmitAsync(typing, "main form", Typed);
        var returnUrl = System.Web.HttpUtility.ParseQueryString(afterSave.RequestMessage!.RequestUri!.Query)["ReturnUrl"]!;

        var otherBrowser = await factory.SignedInClientAsync(email);
        var page = await otherBrowser.GetPageAsync(returnUrl);

        Assert.DoesNotContain("Recuperamos lo que escribió", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, InputValue(page, "firms_micro") ?? string.Empty);
    }

    private async Task EndEverySessionAsync(string email)
    {
        var elsewhere = await factory.SignInSessionAsync(email);
        var home = await elsewhere.Client.GetPageAsync("/");
        await elsewhere.Client.SubmitAsync(home, "form[action='/cuenta/salir']");
    }

    [Fact]
    public async Task The_sign_in_page_says_nothing_about_rescued_values_when_none_were_kept()
    {
        var signIn = await factory.CreateClient().GetPageAsync("/cuenta/ingresar?ReturnUrl=%2Fcuestionario");

        Assert.DoesNotContain("Guardamos lo que escribió", signIn.MainText(), StringComparison.Ordinal);
    }
}
