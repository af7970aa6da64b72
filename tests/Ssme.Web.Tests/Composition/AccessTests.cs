using System.Net;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

public sealed class AccessTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Theory]
    [InlineData("/olas")]
    [InlineData("/olas/nueva")]
    [InlineData("/admin/usuarios")]
    [InlineData("/")]
    public async Task Anonymous_requests_are_sent_to_sign_in(string url)
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cuenta/ingresar", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/cuenta/ingresar")]
    [InlineData("/cuenta/olvide-mi-contrasena")]
    [InlineData("/health")]
    public async Task Sign_in_password_reset_and_health_are_public(string url)
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/olas")]
    [InlineData("/olas/nueva")]
    [InlineData("/admin/usuarios")]
    public async Task An_analyst_is_forbidden_from_administration(string url)
    {
        var client = await factory.ClientInRoleAsync(Roles.Analyst);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Acceso denegado", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_spanish_language()
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri("/cuenta/ingresar", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<html lang=\"es-CO\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_spanish_and_keeps_the_email()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/ingresar");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.Email"] = SsmeAppFactory.AdminEmail,
            ["Input.Password"] = "incorrecta-123",
        });
        var result = await response.ReadPageAsync();

        Assert.Contains("Correo o contraseña incorrectos", result.MainText(), StringComparison.Ordinal);
        Assert.Equal(SsmeAppFactory.AdminEmail, result.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")!.Value);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var client = factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var page = await client.GetPageAsync("/cuenta/ingresar");
            await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "incorrecta-123" });
        }

        var signIn = await client.GetPageAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(signIn, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });

        Assert.Contains("bloqueada", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_antiforgery_token_is_rejected()
    {
        var client = await factory.AdminClientAsync();

        var response = await client.PostAsync(
            new Uri("/olas/nueva", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Code"] = "X", ["Form.Name"] = "X" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
