using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

/// <summary>
/// The real app on Kestrel (a loopback port) plus Debian's Chromium driven by Playwright.
/// One per test class; each test opens its own browser context (own cookies).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // Generous limits: every wait follows the page's own events (navigation, an element appearing),
    // so a slow, busy CI machine only makes a test slower, never red; a real failure still ends it.
    private const float ActionTimeoutMs = 60_000;
    private const float NavigationTimeoutMs = 90_000;

    private IPlaywright? _playwright;

    public SsmeAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // "localhost" rather than 127.0.0.1: Chromium treats it as a secure context, so the app's Secure cookies work over http.
        BaseUrl = new UriBuilder(address) { Host = "localhost" }.Uri.ToString().TrimEnd('/');

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is missing: run scripts/test.sh, which installs the Debian package 'chromium'.");
        }

        Assertions.SetDefaultExpectTimeout(ActionTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "es-CO", TimezoneId = "America/Bogota" });
        context.SetDefaultTimeout(ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the form, typing like a person.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/cuenta/ingresar");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        try
        {
            // The next page's own content is what the person waits for; Chromium's "load" event after
            // this redirect was once not reported within 90 s on a busy machine although the page
            // and the network were done.
            await page.WaitForURLAsync(url => !url.Contains("/cuenta/ingresar", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("main").WaitForAsync();
        }
        catch (TimeoutException exception)
        {
            // Say what the sign-in page answered instead of only that it did not move on.
            throw new TimeoutException($"Sign-in of {email} stayed on {page.Url}: {await page.Locator("main").InnerTextAsync()}", exception);
        }

        await PassSecondFactorAsync(page, email);
        return page;
    }

    /// <summary>
    /// Types the authenticator code when the portal asks for it after the password, enrolling first
    /// when it requires enrolment (admins), and ends on the home page like a plain sign-in.
    /// </summary>
    public async Task PassSecondFactorAsync(IPage page, string email)
    {
        var enrolling = page.Url.Contains(TestAccounts.EnrolmentPath, StringComparison.Ordinal);
        if (!enrolling && !page.Url.Contains(TestAccounts.SecondFactorPath, StringComparison.Ordinal))
        {
            return;
        }

        await page.GetByLabel("Código de verificación").FillAsync(Totp.Code(await App.AuthenticatorKeyAsync(email), DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = enrolling ? "Verificar y activar" : "Verificar e ingresar" }).ClickAsync();
        if (enrolling)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Continuar" }).ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/cuenta/", StringComparison.Ordinal));
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await AccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Every axe violation, whatever its impact: the portal keeps none (a minor one such as a skipped heading level still misleads a screen-reader user).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}")
            .ToList();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
