using System.Net;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Privacy;

/// <summary>Personal data (SPEC §10, Ley 1581 de 2012): the public policy, explicit consent at registration, stored and shown.</summary>
public sealed class PrivacyTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_policy_is_public_names_the_responsible_party_the_rights_and_its_version_and_is_linked_from_every_page()
    {
        var anonymous = factory.CreateClient();
        var signIn = await anonymous.GetPageAsync("/cuenta/ingresar");
        var link = signIn.QuerySelectorAll("footer a").Single(a => a.TextContent.Contains("datos personales", StringComparison.Ordinal));

        var policy = await anonymous.GetPageAsync(link.GetAttribute("href")!);

        var text = policy.MainText();
        Assert.Contains("Política de tratamiento de datos personales", text, StringComparison.Ordinal);
        Assert.Contains("Ley 1581 de 2012", text, StringComparison.Ordinal);
        Assert.Contains("Confecámaras", text, StringComparison.Ordinal);
        Assert.Contains("Red Cluster Colombia", text, StringComparison.Ordinal);
        foreach (var right in new[] { "conocer", "actualizar", "rectificar", "suprimir" })
        {
            Assert.Contains(right, text, StringComparison.Ordinal);
        }

        Assert.Matches(@"Versión \d+ · vigente desde el", text);
        Assert.Contains("Canal de atención", text, StringComparison.Ordinal);
        var siteMap = await anonymous.GetPageAsync("/mapa-del-sitio");
        Assert.Contains(siteMap.QuerySelectorAll("main a"), a => a.GetAttribute("href") == link.GetAttribute("href"));
    }

    [Fact]
    public async Task Registration_without_the_consent_box_is_refused_at_the_box_and_keeps_what_was_typed()
    {
        var email = $"sin-consentimiento-{Guid.NewGuid():N}@ssme.test";
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");
        var box = form.QuerySelector("input[type=checkbox][name='Form.Consent']");
        Assert.NotNull(box);
        Assert.False(box.HasAttribute("checked"));

        var refused = await (await client.SubmitAsync(form, "main form", Registration(email, consent: false))).ReadPageAsync();

        Assert.Contains("Autorización de datos personales: marque la casilla", refused.QuerySelector("#Form_Consent-error")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(email, refused.QuerySelector("input[name='Form.Email']")?.GetAttribute("value"));
        Assert.Equal("Cluster del Consentimiento", refused.QuerySelector("input[name='Form.InitiativeName']")?.GetAttribute("value"));
        Assert.Empty(await Mailbox.MessagesToAsync(factory.MailFolder, email));
    }

    [Fact]
    public async Task The_accepted_version_and_time_are_stored_shown_in_my_account_and_to_admins_and_a_new_version_applies_from_then_on()
    {
        var admin = await factory.AdminClientAsync();
        var edit = await admin.GetPageAsync("/admin/datos-personales");
        var published = await (await admin.SubmitAsync(edit, "#policy-form", new Dictionary<string, string?>
        {
            ["Text"] = "## Responsable del tratamiento\nConfecámaras, Red Cluster Colombia, según la Ley 1581 de 2012.\n\n## Derechos\n- conocer\n- actualizar\n- rectificar\n- suprimir",
        })).ReadPageAsync();
        Assert.Contains("Se publicó la versión 2", published.MainText(), StringComparison.Ordinal);
        Assert.Contains("Versión 2", published.MainText(), StringComparison.Ordinal);

        var email = $"con-consentimiento-{Guid.NewGuid():N}@ssme.test";
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");
        var registered = await (await client.SubmitAsync(form, "main form", Registration(email, consent: true))).ReadPageAsync();
        Assert.Contains("Registro recibido", registered.MainText(), StringComparison.Ordinal);
        var link = await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        await client.GetPageAsync(new Uri(link).PathAndQuery);
        var manager = await factory.SignedInClientAsync(email);

        var mine = await manager.GetPageAsync("/cuenta/mi-cuenta");
        Assert.Matches(@"Aceptó la versión 2 de la política el \d+ de", mine.MainText());

        var users = await admin.GetPageAsync("/admin/usuarios");
        var row = users.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Versión 2", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_edit_the_policy()
    {
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var response = await analyst.GetAsync(new Uri("/admin/datos-personales", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Dictionary<string, string?> Registration(string email, bool consent) => new()
    {
        ["Form.DisplayName"] = "Paula Privacidad",
        ["Form.Email"] = email,
        ["Form.Password"] = TestAccounts.Password,
        ["Form.ConfirmPassword"] = TestAccounts.Password,
        ["Form.InitiativeName"] = consent ? "Cluster del Consentimiento " + Guid.NewGuid().ToString("N")[..6] : "Cluster del Consentimiento",
        ["Form.Department"] = "66",
        ["Form.ManagingEntityName"] = "Cámara de Comercio de Pereira",
        ["Form.ManagingEntityType"] = "camara_comercio",
        ["Form.Macrosector"] = "agroindustria",
        ["Form.Consent"] = consent ? "true" : null,
    };
}
