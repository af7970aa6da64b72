using System.Net;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>Invitations (SPEC §10): a single-use, 14-day link that sets the password, records consent and binds the initiative.</summary>
public sealed class InvitationTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task An_invited_manager_sets_a_password_consents_and_lands_on_the_questionnaire_of_their_initiative_and_the_link_works_once()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Invitado");
        var email = $"invitada-{Guid.NewGuid():N}@ssme.test";
        var roster = Path.Combine(factory.Folder, $"directorio-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(roster, RosterFlow.Header + $",{name},Risaralda,Inés Invitada,{email}\r\n");

        var run = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--roster", roster);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1 invitación(es) enviadas", run.Output, StringComparison.Ordinal);
        var mail = Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, email));
        Assert.Contains(name, mail, StringComparison.Ordinal);
        Assert.Contains(wave.Name, mail, StringComparison.Ordinal);
        Assert.Contains("text/plain", mail, StringComparison.Ordinal);
        Assert.Contains("text/html", mail, StringComparison.Ordinal);
        Assert.Contains("Aceptar la invitación: https://localhost/cuenta/invitacion/", mail, StringComparison.Ordinal);
        var link = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email));
        Assert.Equal("localhost", link.Host);

        var person = factory.CreateClient();
        var form = await person.GetPageAsync(link.PathAndQuery);
        Assert.Contains(name, form.MainText(), StringComparison.Ordinal);
        var values = new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Inés Invitada",
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
        };
        var refused = await (await person.SubmitAsync(form, "#invitation-form", values)).ReadPageAsync();
        Assert.Contains("Autorización de datos personales: marque la casilla", refused.MainText(), StringComparison.Ordinal);

        values["Form.Consent"] = "true";
        var accepted = await person.SubmitAsync(refused, "#invitation-form", values);

        Assert.Equal("/cuestionario", accepted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(name, (await accepted.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(user => user.Email == email));
        Assert.NotNull(stored.PrivacyConsentVersion);
        Assert.NotNull(stored.PrivacyConsentAt);
        Assert.Equal(stored.Id, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => i.ManagerUserId).SingleAsync()));
        await factory.SignedInClientAsync(email);

        var again = await factory.CreateClient().GetPageAsync(link.PathAndQuery);
        Assert.Contains("Este enlace de invitación ya se usó", again.MainText(), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#invitation-form"));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_a_resent_one_replaces_it()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Vencido");
        var email = $"vencida-{Guid.NewGuid():N}@ssme.test";
        await RosterFlow.KnownInitiativeAsync(factory, name, "05");
        var run = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email);
        Assert.True(run.ExitCode == 0, run.Error);
        var first = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email));

        factory.Clock.Shift = TimeSpan.FromDays(15);
        try
        {
            var lapsed = await factory.CreateClient().GetPageAsync(first.PathAndQuery);
            Assert.Contains("Este enlace de invitación venció", lapsed.MainText(), StringComparison.Ordinal);
            Assert.Null(lapsed.QuerySelector("#invitation-form"));

            var admin = await factory.AdminClientAsync();
            var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");
            var row = page.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));
            Assert.Contains("Vencida", row.TextContent, StringComparison.Ordinal);
            var formId = row.QuerySelector("form")!.GetAttribute("id")!;
            await admin.SubmitAsync(page, $"#{formId}");

            await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
            var messages = await Mailbox.MessagesToAsync(factory.MailFolder, email);
            var second = System.Text.RegularExpressions.Regex.Match(messages[^1], "href=\"([^\"]+)\"").Groups[1].Value;
            Assert.NotEqual(first.ToString(), second);
            var fresh = await factory.CreateClient().GetPageAsync(new Uri(System.Net.WebUtility.HtmlDecode(second)).PathAndQuery);
            Assert.NotNull(fresh.QuerySelector("#invitation-form"));
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task An_existing_account_signs_in_and_is_bound_and_the_previous_manager_loses_the_initiative()
    {
        var wave = await factory.CreateWaveAsync();
        var (oldEmail, oldManager) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, RosterFlow.Unique("Cluster Traspasado"));
        var name = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.ManagerUserId == db.Users.Single(u => u.Email == oldEmail).Id).Select(i => i.Name).SingleAsync());
        var newEmail = await factory.CreateAccountAsync(Roles.ClusterManager);

        var run = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", newEmail);
        Assert.True(run.ExitCode == 0, run.Error);
        var link = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, newEmail)).PathAndQuery;

        var anonymous = await factory.CreateClient().GetPageAsync(link);
        Assert.Contains("Ya tiene una cuenta", anonymous.MainText(), StringComparison.Ordinal);
        var newManager = await factory.SignedInClientAsync(newEmail);
        var form = await newManager.GetPageAsync(link);
        var accepted = await newManager.SubmitAsync(form, "#invitation-form", new Dictionary<string, string?> { ["Form.Consent"] = "true" });

        Assert.Equal("/cuestionario", accepted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(name, (await accepted.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var oldHome = await oldManager.GetAsync(new Uri("/cuestionario", UriKind.Relative));
        Assert.DoesNotContain(name, await oldHome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "InitiativeHandedOver")));
    }

    [Fact]
    public async Task An_admin_creates_a_staff_account_that_sets_its_own_password_through_an_invitation()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"analista-{Guid.NewGuid():N}@ssme.test";
        var create = await admin.GetPageAsync("/admin/usuarios/nueva");
        Assert.Null(create.QuerySelector("input[type=password]"));

        var created = await (await admin.SubmitAsync(create, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana Analista",
            ["Form.Email"] = email,
            ["Form.Role"] = Roles.Analyst,
        })).ReadPageAsync();
        Assert.Contains($"Se creó la cuenta {email} y se le envió una invitación", created.MainText(), StringComparison.Ordinal);

        var link = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery;
        var person = factory.CreateClient();
        var form = await person.GetPageAsync(link);
        var accepted = await person.SubmitAsync(form, "#invitation-form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana Analista",
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
            ["Form.Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(new Uri("/revision", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_staff_account_waiting_for_its_password_reads_as_invitation_pending_and_its_invitation_can_be_resent()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"pendiente-{Guid.NewGuid():N}@ssme.test";
        await admin.SubmitAsync(await admin.GetPageAsync("/admin/usuarios/nueva"), "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Pablo Pendiente",
            ["Form.Email"] = email,
            ["Form.Role"] = Roles.Admin,
        });
        var first = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery;

        var list = await admin.GetPageAsync("/admin/usuarios");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Invitación pendiente", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Activa", row.TextContent, StringComparison.Ordinal);
        var resent = await (await admin.SubmitAsync(list, $"#{row.QuerySelector("form[id^='resend-']")!.Id}")).ReadPageAsync();

        Assert.Contains("Se reenvió la invitación", resent.MainText(), StringComparison.Ordinal);
        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        var second = System.Text.RegularExpressions.Regex.Match((await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1], "href=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotNull((await factory.CreateClient().GetPageAsync(new Uri(System.Net.WebUtility.HtmlDecode(second)).PathAndQuery)).QuerySelector("#invitation-form"));
        Assert.NotNull((await factory.CreateClient().GetPageAsync(first)).QuerySelector("#invitation-form"));
    }
}

/// <summary>The invitation page counts against the sign-in rate limit: guessing links is as slow as guessing passwords.</summary>
public sealed class InvitationRateLimitTests : IClassFixture<InvitationRateLimitTests.Factory>
{
    private readonly Factory _factory;

    public InvitationRateLimitTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task Accepting_invitations_too_often_is_refused_with_429()
    {
        var wave = await _factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Límite");
        await RosterFlow.KnownInitiativeAsync(_factory, name, "05");
        var email = $"limite-{Guid.NewGuid():N}@ssme.test";
        Assert.Equal(0, (await _factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);
        var person = _factory.CreateClient();
        var form = await person.GetPageAsync(new Uri(await Mailbox.LinkSentToAsync(_factory.MailFolder, email)).PathAndQuery);

        var first = await person.SubmitAsync(form, "#invitation-form");
        var second = await person.SubmitAsync(form, "#invitation-form");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    public sealed class Factory : SsmeAppFactory
    {
        public Factory() => With("Security:SignInPermitsPerMinute", "1");
    }
}
