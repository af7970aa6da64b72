using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ssme.Domain.Waves;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

public sealed class AdminWaveTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/cuenta/ingresar");

        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_admin_signs_in_with_the_keyboard_creates_and_opens_a_wave()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/cuenta/ingresar");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Saltar al contenido" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Correo electrónico")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(SsmeAppFactory.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(SsmeAppFactory.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/ingresar", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await browser.PassSecondFactorAsync(page, SsmeAppFactory.AdminEmail);

        await page.GetByRole(AriaRole.Link, new() { Name = "Olas", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Crear ola" }).ClickAsync();
        await page.GetByLabel("Código").FillAsync("VII");
        await page.GetByLabel("Nombre").FillAsync("VII Ola");
        await page.GetByLabel("Año del periodo analizado").FillAsync("2027");
        await page.GetByLabel("Fecha de apertura").FillAsync("2028-02-01");
        await page.GetByLabel("Fecha de cierre").FillAsync("2028-03-31");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear ola" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La ola VII fue creada.");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Abrir la ola VII" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La ola quedó abierta");
        Assert.Equal(WaveStatus.Open, await browser.App.WithDbAsync(db => db.Waves.Where(w => w.Code == "VII").Select(w => w.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("/admin/informes")]
    [InlineData("/admin/referencia")]
    [InlineData("/admin/iniciativas")]
    [InlineData("/metodologia")]
    public async Task Administration_pages_have_no_serious_accessibility_violations(string url)
    {
        var page = await browser.SignedInPageAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);

        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
