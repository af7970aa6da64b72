using System.Net;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

/// <summary>The authenticator-app second factor of SPEC §11: required for admins, offered to analysts.</summary>
public sealed class TwoFactorTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/olas")]
    [InlineData("/olas/nueva")]
    [InlineData("/admin/usuarios")]
    [InlineData("/admin/usuarios/nueva")]
    [InlineData("/admin/informes")]
    [InlineData("/admin/referencia")]
    [InlineData("/admin/iniciativas")]
    [InlineData("/revision")]
    [InlineData("/revision/tablero")]
    [InlineData("/revision/importar")]
    [InlineData("/metodologia")]
    public async Task An_admin_without_a_second_factor_is_sent_to_enrol_from_every_page(string url)
    {
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        var client = await PasswordOnlyClientAsync(admin);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cuenta/autenticador", response.Headers.Location!.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task An_admin_without_a_second_factor_cannot_post_to_an_admin_page_either()
    {
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        var client = await PasswordOnlyClientAsync(admin);
        var form = await (await client.GetAsync(new Uri("/cuenta/autenticador", UriKind.Relative))).ReadPageAsync();
        var token = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        var response = await client.PostAsync(new Uri("/olas/nueva", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Code"] = "ZZ",
            ["Form.Name"] = "Ola ZZ",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cuenta/autenticador", response.Headers.Location!.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task The_configured_first_admin_enrols_at_first_sign_in_then_needs_the_code()
    {
        var client = factory.CreateClient();
        var enrolment = await client.SubmitSignInAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);
        Assert.Equal("/cuenta/autenticador", enrolment.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await enrolment.ReadPageAsync();
        var key = await factory.AuthenticatorKeyAsync(SsmeAppFactory.AdminEmail);
        Assert.Contains(Totp.Grouped(key), page.MainText(), StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/", page.MainText(), StringComparison.Ordinal);

        var enrolled = await (await client.SubmitAsync(page, "#authenticator-form", new Dictionary<string, string?> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) })).ReadPageAsync();

        Assert.Equal(10, enrolled.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/olas", UriKind.Relative))).StatusCode);
        var again = await factory.CreateClient().SubmitSignInAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);
        Assert.Equal("/cuenta/segundo-factor", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_wrong_code_at_enrolment_is_refused_in_spanish_and_enrols_nothing()
    {
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        var client = await PasswordOnlyClientAsync(admin, followRedirects: true);
        var enrolment = await client.GetPageAsync("/cuenta/autenticador");

        var refused = await (await client.SubmitAsync(enrolment, "#authenticator-form", new Dictionary<string, string?> { ["Code"] = WrongCode(await factory.AuthenticatorKeyAsync(admin)) })).ReadPageAsync();

        Assert.Contains("Código de verificación: no es válido", refused.MainText(), StringComparison.Ordinal);
        Assert.Empty(refused.QuerySelectorAll("#recovery-codes li"));
        Assert.Equal("/cuenta/autenticador", (await client.GetAsync(new Uri("/olas", UriKind.Relative))).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_wrong_code_after_the_password_keeps_the_person_out()
    {
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        await factory.SignedInClientAsync(admin);
        var client = factory.CreateClient();
        var secondFactor = await (await client.SubmitSignInAsync(admin, TestAccounts.Password)).ReadPageAsync();

        var response = await client.SubmitAsync(secondFactor, "#second-factor-form", new Dictionary<string, string?> { ["Code"] = WrongCode(await factory.AuthenticatorKeyAsync(admin)) });

        Assert.Equal("/cuenta/segundo-factor", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Código de verificación: no es válido", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal("/cuenta/ingresar", (await client.GetAsync(new Uri("/olas", UriKind.Relative))).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var admin = await factory.CreateAccountAsync(Roles.Admin);
        var client = await PasswordOnlyClientAsync(admin, followRedirects: true);
        var enrolment = await client.GetPageAsync("/cuenta/autenticador");
        var enrolled = await (await client.SubmitAsync(enrolment, "#authenticator-form", new Dictionary<string, string?> { ["Code"] = Totp.Code(await factory.AuthenticatorKeyAsync(admin), DateTimeOffset.UtcNow) })).ReadPageAsync();
        var recoveryCode = enrolled.QuerySelectorAll("#recovery-codes li")[0].TextContent.Trim();

        var first = await RecoverAsync(admin, recoveryCode);
        var second = await RecoverAsync(admin, recoveryCode);

        Assert.Equal("/", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/cuenta/recuperacion", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Código de recuperación: no es válido o ya fue usado", (await second.ReadPageAsync()).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_is_offered_the_second_factor_enrols_and_then_needs_the_code()
    {
        var analyst = await factory.CreateAccountAsync(Roles.Analyst);
        var client = await factory.SignedInClientAsync(analyst);
        var home = await client.GetPageAsync("/");
        Assert.Contains("segundo factor", home.MainText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/revision", UriKind.Relative))).StatusCode);

        var enrolment = await client.GetPageAsync(home.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("a[href='/cuenta/autenticador']")!.PathName);
        await client.SubmitAsync(enrolment, "#authenticator-form", new Dictionary<string, string?> { ["Code"] = Totp.Code(await factory.AuthenticatorKeyAsync(analyst), DateTimeOffset.UtcNow) });

        Assert.DoesNotContain("Active el segundo factor", (await client.GetPageAsync("/")).MainText(), StringComparison.Ordinal);
        var signIn = await factory.CreateClient().SubmitSignInAsync(analyst, TestAccounts.Password);
        Assert.Equal("/cuenta/segundo-factor", signIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_manager_is_neither_asked_nor_offered()
    {
        var manager = await factory.CreateAccountAsync(Roles.ClusterManager);

        var client = await factory.SignedInClientAsync(manager);

        Assert.DoesNotContain("segundo factor", (await client.GetPageAsync("/")).MainText(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HttpResponseMessage> RecoverAsync(string email, string recoveryCode)
    {
        var client = factory.CreateClient();
        await client.SubmitSignInAsync(email, TestAccounts.Password);
        var page = await client.GetPageAsync("/cuenta/recuperacion");
        return await client.SubmitAsync(page, "#recovery-form", new Dictionary<string, string?> { ["RecoveryCode"] = recoveryCode });
    }

    private async Task<HttpClient> PasswordOnlyClientAsync(string email, bool followRedirects = false)
    {
        var client = followRedirects ? factory.CreateClient() : factory.AnonymousClient();
        var page = await client.GetPageAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
        Assert.NotEqual("/cuenta/ingresar", (response.Headers.Location?.OriginalString ?? response.RequestMessage!.RequestUri!.AbsolutePath).Split('?')[0]);
        return client;
    }

    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !valid.Contains(code));
    }
}
