using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ssme.Domain.Questionnaire;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

/// <summary>A manager never retypes an answer: autosave, the leave warning, an ended session, two tabs, a narrow screen.</summary>
public sealed class ManagerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Autosave_stores_a_value_without_pressing_a_button()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");

        await page.Locator("#firms_micro").FillAsync("41");
        await page.Locator("#firms_small").FocusAsync();

        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("Guardado");
        Assert.Equal(41, (await LoadAsync(submissionId)).FirmsMicro);
    }

    [Fact]
    public async Task Autosave_stores_a_value_a_few_seconds_after_typing_stops_without_leaving_the_field()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");

        await page.RunAndWaitForResponseAsync(
            () => page.Locator("#firms_micro").PressSequentiallyAsync("41"),
            response => response.Url.Contains("handler=Autosave", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("Guardado");
        await Assertions.Expect(page.Locator("#firms_micro")).ToBeFocusedAsync();
        Assert.Equal(41, (await LoadAsync(submissionId)).FirmsMicro);
    }

    [Fact]
    public async Task An_error_page_answering_the_autosave_is_not_taken_for_safety_and_leaving_still_asks()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        await page.RouteAsync("**/*handler=Autosave*", route => route.FulfillAsync(new() { Status = 500, ContentType = "text/html", Body = "<html><body>Error</body></html>" }));

        await page.Locator("#firms_micro").FillAsync("41");
        await page.Locator("#firms_small").FocusAsync();

        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("No se pudo guardar");
        await Assertions.Expect(page.Locator("[data-autosave-status]")).Not.ToContainTextAsync("salvo");
        await AssertLeavingAsksAsync(page);
    }

    [Fact]
    public async Task The_autosave_status_tells_a_refused_value_from_a_stored_value_that_disagrees_and_leaving_asks_while_one_is_refused()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        var status = page.Locator("[data-autosave-status]");

        await page.Locator("#firms_micro").FillAsync("5");
        await page.Locator("#firms_active").FillAsync("30");
        await page.Locator("#firms_small").FocusAsync();
        await Assertions.Expect(status).ToContainTextAsync("no concuerda con otras respuestas: ¿Cuántas de las empresas participantes son activas?");
        await Assertions.Expect(status).Not.ToContainTextAsync("Sin guardar");
        Assert.Equal(30, (await LoadAsync(submissionId)).FirmsActive);

        await page.Locator("#firms_small").FillAsync("doce");
        await page.Locator("#firms_medium").FocusAsync();
        await Assertions.Expect(status).ToContainTextAsync("Sin guardar: Pequeñas empresas");
        await AssertLeavingAsksAsync(page);
    }

    [Fact]
    public async Task An_autosave_after_the_session_ended_keeps_the_values_until_the_person_signs_in_again()
    {
        var (page, email, submissionId) = await TypedAfterTheSessionEndedAsync();
        await page.Locator("#firms_small").FocusAsync();
        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("Su sesión terminó. Guardamos lo que escribió");
        await page.Locator("[data-autosave-status]").GetByRole(AriaRole.Link, new() { Name = "Iniciar sesión de nuevo" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("ingrese de nuevo para recuperarlo");

        await SignInAgainAndExpectTheTypedValuesAsync(page, email, submissionId);
    }

    [Fact]
    public async Task An_autosave_with_an_expired_page_keeps_the_values_for_the_link_it_offers()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        await page.Context.ClearCookiesAsync(new() { Name = "ssme.af" });

        await page.Locator("#firms_micro").FillAsync("41");
        await page.Locator("#firms_small").FocusAsync();
        await page.Locator("[data-autosave-status]").GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Recuperamos lo que escribió");
        await Assertions.Expect(page.Locator("#firms_micro")).ToHaveValueAsync("41");
    }

    [Fact]
    public async Task A_new_questionnaire_started_from_the_home_page_shows_no_complete_section()
    {
        var (email, _) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync(year: 2023, open: false));
        var wave = await browser.App.CreateWaveAsync(year: 2024);
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);

        await page.Locator($"#from-previous-{wave.Id}").UncheckAsync();
        await page.Locator($"[data-wave='{wave.Code}']").GetByRole(AriaRole.Button, new() { Name = $"Empezar el cuestionario de la {wave.Name}" }).ClickAsync();
        await page.WaitForURLAsync("**/perfil");

        await Assertions.Expect(page.Locator(".progress-summary")).ToContainTextAsync("0 de 8 secciones completas");
    }

    [Fact]
    public async Task Leaving_a_section_with_unsaved_changes_asks_first()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        // The autosave never answers here, so the change stays unsaved however slow the machine is.
        await page.RouteAsync("**/*handler=Autosave*", _ => Task.CompletedTask);
        await page.Locator("#firms_micro").PressSequentiallyAsync("41");

        await AssertLeavingAsksAsync(page);
    }

    private static async Task AssertLeavingAsksAsync(IPage page)
    {
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });

        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.False(page.IsClosed);
    }

    [Fact]
    public async Task Values_typed_when_the_session_ended_are_restored_after_signing_in()
    {
        var (page, email, submissionId) = await TypedAfterTheSessionEndedAsync();
        await page.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cuenta/ingresar", StringComparison.Ordinal));

        await SignInAgainAndExpectTheTypedValuesAsync(page, email, submissionId);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    /// <summary>A manager on the firms section whose session ended (its cookie gone) types two values.</summary>
    private async Task<(IPage Page, string Email, int SubmissionId)> TypedAfterTheSessionEndedAsync()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        await page.Context.ClearCookiesAsync(new() { Name = "ssme.auth" });
        await page.Locator("#firms_micro").FillAsync("41");
        await page.Locator("#firms_active").FillAsync("30");
        return (page, email, submissionId);
    }

    private static async Task SignInAgainAndExpectTheTypedValuesAsync(IPage page, string email, int submissionId)
    {
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains($"/cuestionario/{submissionId}/empresas", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Recuperamos lo que escribió");
        await Assertions.Expect(page.Locator("#firms_micro")).ToHaveValueAsync("41");
        await Assertions.Expect(page.Locator("#firms_active")).ToHaveValueAsync("30");
    }

    [Fact]
    public async Task Two_tabs_keep_each_others_fields_and_a_clash_shows_both_values()
    {
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(await browser.App.CreateWaveAsync());
        var first = await browser.SignedInPageAsync(email, TestAccounts.Password);
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync($"/cuestionario/{submissionId}/gobernanza");
        await second.GotoAsync($"/cuestionario/{submissionId}/gobernanza");

        await first.Locator("#team_professionals").FillAsync("3");
        await SaveAsync(first);
        await second.Locator("#work_tables-formal").CheckAsync();
        await second.Locator("#team_professionals").FillAsync("7");
        await SaveAsync(second);

        await Assertions.Expect(second.Locator("#team_professionals-error")).ToContainTextAsync("«3»");
        await Assertions.Expect(second.Locator("#team_professionals")).ToHaveValueAsync("7");
        var stored = await LoadAsync(submissionId);
        Assert.Equal(3, stored.TeamProfessionals);
        Assert.Equal(WorkTablesStatus.Formal, stored.WorkTables);
        await BrowserFixture.AssertAccessibleAsync(second);
    }

    [Fact]
    public async Task Starting_from_the_previous_wave_marks_the_copied_values_and_asks_to_confirm_each_section()
    {
        var earlier = await browser.App.CreateWaveAsync(year: 2023);
        var (email, _) = await browser.App.ManagerWithDraftAsync(earlier);
        var later = await browser.App.CreateWaveAsync(year: 2024);
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync("/cuestionario");

        await Assertions.Expect(page.Locator($"#from-previous-{later.Id}")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Empezar el cuestionario de la {later.Name}" }).ClickAsync();
        await page.WaitForURLAsync("**/perfil");

        await Assertions.Expect(page.Locator("#copiados")).ToContainTextAsync(earlier.Name);
        await Assertions.Expect(page.Locator(".progress-summary")).ToContainTextAsync("0 de 8 secciones completas");
        await Assertions.Expect(page.Locator(".copied-mark").First).ToContainTextAsync($"de la {earlier.Name}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sus respuestas se guardaron");
        await Assertions.Expect(page.Locator("#copiados")).ToHaveCountAsync(1);

        await page.GetByLabel("Confirmo que estas respuestas describen el año analizado").CheckAsync();
        await page.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sus respuestas se guardaron");
        await Assertions.Expect(page.Locator("#copiados")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_manager_page_and_the_review_list_read_at_320_pixels_without_sideways_scrolling()
    {
        var wave = await browser.App.CreateWaveAsync();
        var (email, submissionId) = await browser.App.ManagerWithDraftAsync(wave);
        var manager = await browser.SignedInPageAsync(email, TestAccounts.Password);
        var analyst = await browser.SignedInPageAsync(await browser.App.CreateAccountAsync(Ssme.Domain.Users.Roles.Analyst), TestAccounts.Password);
        string[] managerPages =
        [
            "/", "/cuestionario", $"/cuestionario/{submissionId}/respuestas", "/cuenta/mi-cuenta", "/accesibilidad", "/mapa-del-sitio",
            .. SectionText.All.Select(section => $"/cuestionario/{submissionId}/{section.Slug()}"),
        ];

        foreach (var (page, url) in managerPages.Select(url => (manager, url)).Append((analyst, $"/revision?ola={wave.Code}")))
        {
            await page.SetViewportSizeAsync(320, 800);
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var widest = overflow <= 0 ? null : await page.EvaluateAsync<string>(WidestElement);
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow} px at 320 px; the first element past the edge: {widest}");
            await BrowserFixture.AssertAccessibleAsync(page);
        }
    }

    private const string WidestElement = """
        () => {
            const edge = document.documentElement.clientWidth;
            const past = [...document.body.querySelectorAll('*')].reverse().find(element => element.getBoundingClientRect().right > edge + 1);
            return past ? past.tagName + '.' + past.className + ' «' + (past.textContent || '').trim().slice(0, 60) + '»' : 'none';
        }
        """;

    private static async Task SaveAsync(IPage page) =>
        await page.RunAndWaitForResponseAsync(
            () => page.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && !response.Url.Contains("handler=Autosave", StringComparison.Ordinal));

    private Task<Answers> LoadAsync(int submissionId) =>
        browser.App.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.Id == submissionId).Select(s => s.Answers).SingleAsync());
}
