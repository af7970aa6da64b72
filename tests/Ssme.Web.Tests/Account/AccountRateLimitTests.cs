using System.Net;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

/// <summary>Pages that take a secret (reset link, authenticator code, recovery code) are limited like sign-in (SPEC §11).</summary>
public sealed class AccountRateLimitTests
{
    [Fact]
    public async Task Password_reset_confirmation_answers_429_after_the_limit()
    {
        using var factory = new SsmeAppFactory().With("Security:SignInPermitsPerMinute", "3");
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/restablecer-contrasena?code=adivinado&email=nadie%40ssme.test");

        var statuses = await PostRepeatedlyAsync(client, page, "main form", new() { ["Password"] = "Clave-Nueva-2025", ["ConfirmPassword"] = "Clave-Nueva-2025" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("/cuenta/segundo-factor", "#second-factor-form", "Code")]
    [InlineData("/cuenta/recuperacion", "#recovery-form", "RecoveryCode")]
    public async Task Second_factor_codes_answer_429_after_the_limit(string url, string form, string field)
    {
        using var factory = new SsmeAppFactory().With("Security:SignInPermitsPerMinute", "4");
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        await factory.WithScopeAsync(services => services.EnableAuthenticatorAsync(admin));
        var client = factory.CreateClient();
        var signIn = await client.SubmitSignInAsync(admin, TestAccounts.Password);
        Assert.Equal("/cuenta/segundo-factor", signIn.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await client.GetPageAsync(url);

        var statuses = await PostRepeatedlyAsync(client, page, form, new() { [field] = "000000" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<List<HttpStatusCode>> PostRepeatedlyAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, string form, Dictionary<string, string?> values)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.SubmitAsync(page, form, values)).StatusCode);
        }

        return statuses;
    }
}
