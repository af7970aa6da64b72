using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

/// <summary>SPEC §11: every error is a Spanish page in the portal's layout, every cookie is Secure, personal data is never cached.</summary>
public sealed class ResponseTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task An_unknown_address_answers_a_spanish_page_in_the_portal_layout()
    {
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var response = await analyst.GetAsync(new Uri("/no-existe", UriKind.Relative));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", page.MainText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Equal("es-CO", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_form_posted_without_its_token_answers_a_spanish_page()
    {
        var client = factory.AnonymousClient();
        var response = await client.PostAsync(new Uri("/cuenta/ingresar", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.co" }));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("La solicitud no es válida", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_attempts_answer_a_spanish_page_in_the_layout()
    {
        using var limited = new SsmeAppFactory().With("Security:SignInPermitsPerMinute", "1");
        var client = limited.AnonymousClient();
        HttpResponseMessage response = null!;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            response = await client.PostAsync(new Uri("/cuenta/ingresar", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>()));
        }

        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Demasiados intentos", page.MainText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task Antiforgery_and_status_message_cookies_are_secure()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var signIn = await anonymous.GetAsync(new Uri("/cuenta/ingresar", UriKind.Relative));
        var noRedirect = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var session = await factory.SignInSessionAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);
        var form = await session.Client.GetPageAsync("/olas/nueva");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/olas/nueva", UriKind.Relative));
        request.Headers.Add("Cookie", session.CookieHeader);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Form.Code"] = WaveSeeder.NewCode("S"),
            ["Form.Name"] = "Ola de cookies",
            ["Form.PeriodYear"] = "2025",
            ["Form.OpensOn"] = "2026-02-01",
            ["Form.ClosesOn"] = "2026-03-01",
        });
        var created = await noRedirect.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").Concat(created.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, cookie => cookie.StartsWith("ssme.af=", StringComparison.Ordinal));
        Assert.Contains(cookies, cookie => cookie.Contains("TempData", StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Downloads_and_pages_of_a_signed_in_person_are_not_stored_by_caches()
    {
        var wave = await factory.CreateWaveAsync();
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var ids = await factory.AddSubmissionsAsync(wave, Ssme.TestData.SyntheticAnswers.Create(1, seed: 5, tag: wave.Code));

        var export = await analyst.GetAsync(new Uri($"/revision?handler=Export&ola={wave.Code}&formato=csv", UriKind.Relative));
        var ficha = await analyst.GetAsync(new Uri($"/revision/cuestionario/{ids[0]}?handler=Ficha", UriKind.Relative));
        var dashboard = await analyst.GetAsync(new Uri("/revision/tablero", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ficha.StatusCode);
        Assert.All([export, ficha, dashboard], response => Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} must carry Cache-Control: no-store"));
    }
}
