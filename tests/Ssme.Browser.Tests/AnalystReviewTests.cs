using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.TestData;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

public sealed class AnalystReviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_analyst_goes_from_the_list_to_a_submission_and_returns_it_with_a_comment()
    {
        var wave = await browser.App.CreateWaveAsync();
        var answers = SyntheticAnswers.Create(30, seed: 31, tag: wave.Code);
        await browser.App.AddSubmissionsAsync(wave, answers);
        var email = await browser.App.CreateAccountAsync(Roles.Analyst);
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Revisión", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Ola").SelectOptionAsync(wave.Code);
        await page.GetByLabel("Nombre de la iniciativa").FillAsync($"iniciativa 5 {wave.Code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 cuestionario");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Iniciativa 5 {wave.Code}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Categorización" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Comentario para el gerente (obligatorio)").FillAsync("Faltan los soportes de financiación.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Devolver para corrección" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("fue devuelto al gerente");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Faltan los soportes de financiación.");
        await BrowserFixture.AssertAccessibleAsync(page);
        var status = await browser.App.WithDbAsync(db => db.Submissions.Where(s => s.Answers.InitiativeName == $"Iniciativa 5 {wave.Code}").Select(s => s.Status).SingleAsync());
        Assert.Equal(SubmissionStatus.Returned, status);

        await page.GotoAsync($"/revision/tablero?ola={wave.Code}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync($"/revision/importar?ola={wave.Code}");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
