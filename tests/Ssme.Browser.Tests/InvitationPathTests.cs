using Microsoft.Playwright;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

/// <summary>The invitation path end to end: an admin adds an initiative to a wave's roster and invites its manager, who follows the e-mailed link to the questionnaire.</summary>
public sealed class InvitationPathTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_invites_a_manager_who_accepts_with_consent_and_reaches_the_questionnaire()
    {
        var code = (await browser.App.CreateWaveAsync()).Code;
        var email = $"navegador-{Guid.NewGuid():N}@ssme.test";
        var initiative = $"Cluster Invitado {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await browser.SignedInPageAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);

        await admin.GotoAsync($"/convocatoria?ola={code}");
        await admin.GetByLabel("Nombre de la iniciativa").FillAsync(initiative);
        await admin.GetByLabel("Departamento").SelectOptionAsync("66");
        await admin.GetByLabel("Nombre del gerente").FillAsync("Nina Navegador");
        await admin.GetByLabel("Correo del gerente").FillAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Agregar al directorio" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Se agregó «{initiative}»");
        await admin.SetViewportSizeAsync(320, 800);
        Assert.True(await admin.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The roster page scrolls sideways at 320 px.");
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invitar a quienes no tienen invitación vigente" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Se enviaron 1 invitación(es).");
        await admin.GotoAsync($"/convocatoria/avance?ola={code}");
        Assert.True(await admin.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The completion page scrolls sideways at 320 px.");
        await BrowserFixture.AssertAccessibleAsync(admin);

        var manager = await browser.NewPageAsync();
        await manager.GotoAsync(new Uri(await Mailbox.LinkSentToAsync(browser.App.MailFolder, email)).PathAndQuery);
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync(initiative);
        await BrowserFixture.AssertAccessibleAsync(manager);
        await manager.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await manager.GetByLabel("Confirme la contraseña").FillAsync(TestAccounts.Password);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Aceptar la invitación" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#Form_Consent-error")).ToContainTextAsync("marque la casilla");
        await manager.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await manager.GetByLabel("Confirme la contraseña").FillAsync(TestAccounts.Password);
        await manager.Locator("#Form_Consent").FocusAsync();
        await manager.Keyboard.PressAsync("Space");
        await Assertions.Expect(manager.Locator("#Form_Consent")).ToBeCheckedAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Aceptar la invitación" }).ClickAsync();

        await manager.WaitForURLAsync("**/cuestionario");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync(initiative);
        await BrowserFixture.AssertAccessibleAsync(manager);
    }
}
