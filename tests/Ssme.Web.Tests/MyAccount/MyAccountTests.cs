using System.Net;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Questionnaires;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.MyAccount;

/// <summary>"Mi cuenta" (SPEC §10): the person's own data, and a password change that ends the person's other sessions.</summary>
public sealed class MyAccountTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_manager_sees_their_own_data_and_initiative()
    {
        var (email, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster de Mi Cuenta " + Guid.NewGuid().ToString("N")[..6]);

        var page = await manager.GetPageAsync("/cuenta/mi-cuenta");

        Assert.Contains(email, page.MainText(), StringComparison.Ordinal);
        Assert.Equal("Gloria Gerente", page.QuerySelector("#Profile_DisplayName")!.GetAttribute("value"));
        Assert.Contains("Cluster de Mi Cuenta", page.MainText(), StringComparison.Ordinal);
        Assert.Matches(@"IC-\d{4}", page.MainText());
    }

    [Fact]
    public async Task A_person_updates_their_own_name_and_it_is_audited()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var client = await factory.SignedInClientAsync(email);
        var form = await client.GetPageAsync("/cuenta/mi-cuenta");

        var page = await (await client.SubmitAsync(form, "#profile-form", new Dictionary<string, string?> { ["Profile.DisplayName"] = "  Ana María Analista  " })).ReadPageAsync();

        Assert.Contains("Sus datos quedaron actualizados", page.MainText(), StringComparison.Ordinal);
        Assert.Equal("Ana María Analista", page.QuerySelector("#Profile_DisplayName")!.GetAttribute("value"));
        Assert.Equal("Ana María Analista", (await client.GetPageAsync("/cuenta/mi-cuenta")).QuerySelector("#Profile_DisplayName")!.GetAttribute("value"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "ProfileUpdated")));
    }

    [Fact]
    public async Task A_refused_name_is_shown_beside_the_field_as_typed_and_changes_nothing()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var client = await factory.SignedInClientAsync(email);
        var form = await client.GetPageAsync("/cuenta/mi-cuenta");
        var tooLong = new string('a', 201);

        var page = await (await client.SubmitAsync(form, "#profile-form", new Dictionary<string, string?> { ["Profile.DisplayName"] = tooLong })).ReadPageAsync();

        Assert.NotNull(page.QuerySelector("#errores a[href='#Profile_DisplayName']"));
        Assert.Equal("Nombre completo: no puede superar 200 caracteres.", page.QuerySelector("[data-valmsg-for='Profile.DisplayName']")!.TextContent.Trim());
        Assert.Equal(tooLong, page.QuerySelector("#Profile_DisplayName")!.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("#errores li"));
        Assert.Equal($"Persona {Roles.Analyst}", (await client.GetPageAsync("/cuenta/mi-cuenta")).QuerySelector("#Profile_DisplayName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_page_says_why_an_email_change_goes_through_an_administrator()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAccountAsync(Roles.Analyst));

        var page = await client.GetPageAsync("/cuenta/mi-cuenta");

        Assert.Contains("Para cambiar su correo electrónico, escriba al administrador del SSME", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_a_right_one_changes_it_ending_other_sessions()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var here = await factory.SignInSessionAsync(email);
        var elsewhere = await factory.SignInSessionAsync(email);

        var form = await here.Client.GetPageAsync("/cuenta/mi-cuenta");
        var refused = await (await here.Client.SubmitAsync(form, "#password-form", new Dictionary<string, string?>
        {
            ["Password.Current"] = "no-es-la-clave-1",
            ["Password.New"] = "Otra-Clave-Nueva-2026",
            ["Password.Confirm"] = "Otra-Clave-Nueva-2026",
        })).ReadPageAsync();
        Assert.Contains("Contraseña actual: no es correcta", refused.MainText(), StringComparison.Ordinal);

        form = await here.Client.GetPageAsync("/cuenta/mi-cuenta");
        var changed = await (await here.Client.SubmitAsync(form, "#password-form", new Dictionary<string, string?>
        {
            ["Password.Current"] = TestAccounts.Password,
            ["Password.New"] = "Otra-Clave-Nueva-2026",
            ["Password.Confirm"] = "Otra-Clave-Nueva-2026",
        })).ReadPageAsync();

        Assert.Contains("Su contraseña fue cambiada", changed.MainText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync(new Uri("/cuenta/mi-cuenta", UriKind.Relative))).StatusCode);
        Assert.True((await factory.ReplayAsync(elsewhere.CookieHeader, "/revision")).SentToSignIn());
        await factory.SignInSessionAsync(email, "Otra-Clave-Nueva-2026");
    }

    [Fact]
    public async Task Resending_the_confirmation_answers_alike_and_mails_only_an_unconfirmed_account()
    {
        var email = $"sin-confirmar-{Guid.NewGuid():N}@ssme.test";
        var anonymous = factory.CreateClient();
        var form = await anonymous.GetPageAsync("/cuenta/registro");
        await anonymous.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Rita Reenvío",
            ["Form.Email"] = email,
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
            ["Form.InitiativeName"] = "Cluster Reenvío " + Guid.NewGuid().ToString("N")[..6],
            ["Form.Department"] = "05",
            ["Form.ManagingEntityName"] = "Cámara de Comercio de Medellín",
            ["Form.ManagingEntityType"] = "camara_comercio",
            ["Form.Macrosector"] = "servicios",
            ["Form.Consent"] = "true",
        });
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, email));

        var forKnown = await ResendAsync(anonymous, email);
        var forUnknown = await ResendAsync(anonymous, $"nadie-{Guid.NewGuid():N}@ssme.test");

        Assert.Equal(forUnknown, forKnown);
        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, count: 2);
        var link = await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        Assert.Contains("Su correo quedó confirmado", (await anonymous.GetPageAsync(new Uri(link).PathAndQuery)).MainText(), StringComparison.Ordinal);
    }

    private static async Task<string> ResendAsync(HttpClient client, string email)
    {
        var form = await client.GetPageAsync("/cuenta/reenviar-confirmacion");
        return (await (await client.SubmitAsync(form, "main form", new Dictionary<string, string?> { ["Email"] = email })).ReadPageAsync()).MainText();
    }
}
