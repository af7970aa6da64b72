using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>Correcting a contact, re-sending and handing an initiative over from the roster page, and what bulk invitations leave alone.</summary>
public sealed partial class HandOverTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Correcting_the_contact_stops_the_old_link_and_the_row_invites_the_new_address()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Corregido");
        var (oldEmail, newEmail) = ($"vieja-{Guid.NewGuid():N}@ssme.test", $"nueva-{Guid.NewGuid():N}@ssme.test");
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{name},Meta,Olga Vieja,{oldEmail}\r\n");
        await admin.SubmitAsync(await admin.GetPageAsync($"/convocatoria?ola={wave.Code}"), "#invite-all");
        var oldLink = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, oldEmail)).PathAndQuery;

        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");
        var edit = await admin.GetPageAsync(Row(page, name).QuerySelector("a[href*='/convocatoria/entrada/']")!.GetAttribute("href")!);
        var edited = await (await admin.SubmitAsync(edit, "#entry-form", new Dictionary<string, string?> { ["Contact.ManagerName"] = "Nora Nueva", ["Contact.ManagerEmail"] = newEmail })).ReadPageAsync();

        var refused = await factory.CreateClient().GetPageAsync(oldLink);
        Assert.Contains("venció o fue reemplazado", refused.MainText(), StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#invitation-form"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "InvitationsWithdrawn")));
        var row = Row(edited, name);
        Assert.Contains("Sin invitar", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invitar", row.QuerySelector("form button")!.FirstChild!.TextContent.Trim());

        await admin.SubmitAsync(edited, $"#{row.QuerySelector("form")!.Id}");

        var newLink = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, newEmail)).PathAndQuery;
        Assert.NotNull((await factory.CreateClient().GetPageAsync(newLink)).QuerySelector("#invitation-form"));
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, oldEmail));
    }

    [Fact]
    public async Task Resending_adds_a_link_and_the_one_in_the_first_mail_still_works()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Reenviado");
        var email = $"reenvio-{Guid.NewGuid():N}@ssme.test";
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{name},Cesar,Rita Reenvío,{email}\r\n");
        await admin.SubmitAsync(await admin.GetPageAsync($"/convocatoria?ola={wave.Code}"), "#invite-all");
        var first = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery;

        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");
        var row = Row(page, name);
        Assert.Contains("Pendiente", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reenviar", row.QuerySelector("form button")!.FirstChild!.TextContent.Trim());
        await admin.SubmitAsync(page, $"#{row.QuerySelector("form")!.Id}");

        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        var second = WebUtility.HtmlDecode(LinkIn().Match((await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1]).Groups[1].Value);
        Assert.NotEqual(first, new Uri(second).PathAndQuery);
        Assert.NotNull((await factory.CreateClient().GetPageAsync(first)).QuerySelector("#invitation-form"));
        Assert.NotNull((await factory.CreateClient().GetPageAsync(new Uri(second).PathAndQuery)).QuerySelector("#invitation-form"));
    }

    [Fact]
    public async Task Bulk_invitations_skip_pending_links_and_contacts_who_already_manage_their_initiative()
    {
        var wave = await factory.CreateWaveAsync();
        var (managerEmail, _) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, RosterFlow.Unique("Cluster Con Gerente"));
        var managed = await factory.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.ManagerUserId == db.Users.Single(u => u.Email == managerEmail).Id));
        var waiting = $"espera-{Guid.NewGuid():N}@ssme.test";
        var roster = Path.Combine(factory.Folder, $"directorio-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(roster, RosterFlow.Header + $"{managed.Code},{managed.Name},{managed.Department.Code},Gerente Actual,{managerEmail}\r\n,{RosterFlow.Unique("Cluster En Espera")},Meta,Eva Espera,{waiting}\r\n");
        var mailsBefore = (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail)).Count;

        var first = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--roster", roster);
        var second = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--roster", roster);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("1 invitación(es) enviadas", first.Output, StringComparison.Ordinal);
        Assert.Contains("1 iniciativa(s) no se invitaron", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 invitación(es) enviadas", second.Output, StringComparison.Ordinal);
        Assert.Contains("2 iniciativa(s) no se invitaron", second.Output, StringComparison.Ordinal);
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, waiting));
        Assert.Equal(mailsBefore, (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail)).Count);

        var admin = await factory.AdminClientAsync();
        var answer = await (await admin.SubmitAsync(await admin.GetPageAsync($"/convocatoria?ola={wave.Code}"), "#invite-all")).ReadPageAsync();
        Assert.Contains("No hay a quién invitar", answer.MainText(), StringComparison.Ordinal);
        Assert.Null(Row(answer, managed.Name).QuerySelector("form"));
    }

    [Fact]
    public async Task The_old_manager_s_session_ends_on_hand_over()
    {
        var wave = await factory.CreateWaveAsync();
        var (oldEmail, _) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, RosterFlow.Unique("Cluster Sesión"));
        var session = await factory.SignInSessionAsync(oldEmail);
        var name = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.ManagerUserId == db.Users.Single(u => u.Email == oldEmail).Id).Select(i => i.Name).SingleAsync());
        var newEmail = $"sucesora-{Guid.NewGuid():N}@ssme.test";
        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", newEmail)).ExitCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ReplayAsync(session.CookieHeader, "/cuestionario")).StatusCode);

        await AcceptAsNewAccountAsync(newEmail);

        Assert.True((await factory.ReplayAsync(session.CookieHeader, "/cuestionario")).SentToSignIn());
    }

    [Fact]
    public async Task A_staff_account_or_another_initiative_s_manager_cannot_accept_a_manager_invitation()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Rechaza Cuenta");
        await RosterFlow.KnownInitiativeAsync(factory, name, "19");
        var analyst = await factory.CreateAccountAsync(Roles.Analyst);
        var (otherManager, _) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, RosterFlow.Unique("Cluster Ajeno"));

        foreach (var (email, refusal) in new[] { (analyst, "no puede ser responsable de una iniciativa"), (otherManager, "Cada cuenta gestiona una sola iniciativa") })
        {
            Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);
            var link = await LatestLinkAsync(email);
            var person = await factory.SignedInClientAsync(email);
            var refused = await (await person.SubmitAsync(await person.GetPageAsync(link), "#invitation-form", new Dictionary<string, string?> { ["Form.Consent"] = "true" })).ReadPageAsync();

            Assert.Contains(refusal, refused.MainText(), StringComparison.Ordinal);
            Assert.Null(await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => i.ManagerUserId).SingleAsync()));
        }
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Spanish_on_acceptance()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Clave Débil");
        await RosterFlow.KnownInitiativeAsync(factory, name, "52");
        var email = $"debil-{Guid.NewGuid():N}@ssme.test";
        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);
        var person = factory.CreateClient();
        var form = await person.GetPageAsync(new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery);

        var refused = await (await person.SubmitAsync(form, "#invitation-form", new Dictionary<string, string?>
        {
            ["Form.Password"] = "corta",
            ["Form.ConfirmPassword"] = "corta",
            ["Form.Consent"] = "true",
        })).ReadPageAsync();

        Assert.Contains("La contraseña debe tener al menos", refused.MainText(), StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#invitation-form"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(user => user.Email == email)));
    }

    [Fact]
    public async Task An_entry_is_removed_only_when_confirmed_and_without_a_questionnaire_in_the_wave()
    {
        var wave = await factory.CreateWaveAsync();
        var free = RosterFlow.Unique("Cluster Quitado");
        var email = $"quitada-{Guid.NewGuid():N}@ssme.test";
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{free},Meta,Quina Quitada,{email}\r\n");
        await admin.SubmitAsync(await admin.GetPageAsync($"/convocatoria?ola={wave.Code}"), "#invite-all");
        var link = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery;
        var (_, submissionId) = await factory.ManagerWithDraftAsync(wave);
        var answered = await factory.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Id == db.Submissions.Single(s => s.Id == submissionId).InitiativeId));
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $"{answered.Code},{answered.Name},{answered.Department.Code},Rosa Respondió,respondio-{Guid.NewGuid():N}@ssme.test\r\n");
        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");

        var edit = await admin.GetPageAsync(Row(page, free).QuerySelector("a[href*='/convocatoria/entrada/']")!.GetAttribute("href")!);
        var unconfirmed = await (await admin.SubmitAsync(edit, "#remove-form")).ReadPageAsync();
        Assert.Contains("marque la casilla", unconfirmed.MainText(), StringComparison.Ordinal);
        Assert.Contains("marque la casilla", unconfirmed.QuerySelector("#errores-quitar a[href='#confirmed']")?.TextContent, StringComparison.Ordinal);
        var removed = await (await admin.SubmitAsync(unconfirmed, "#remove-form", new Dictionary<string, string?> { ["confirmed"] = "true" })).ReadPageAsync();
        Assert.Contains($"Se quitó «{free}» del directorio", removed.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(removed.QuerySelectorAll("#roster tbody tr"), tr => tr.TextContent.Contains(free, StringComparison.Ordinal));
        Assert.Null((await factory.CreateClient().GetPageAsync(link)).QuerySelector("#invitation-form"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "RosterEntryRemoved")));

        var keptEdit = await admin.GetPageAsync(Row(removed, answered.Name).QuerySelector("a[href*='/convocatoria/entrada/']")!.GetAttribute("href")!);
        var kept = await (await admin.SubmitAsync(keptEdit, "#remove-form", new Dictionary<string, string?> { ["confirmed"] = "true" })).ReadPageAsync();
        Assert.Contains($"No se puede quitar «{answered.Name}» del directorio: ya tiene un cuestionario", kept.MainText(), StringComparison.Ordinal);
        Assert.Contains((await admin.GetPageAsync($"/convocatoria?ola={wave.Code}")).QuerySelectorAll("#roster tbody tr"), tr => tr.TextContent.Contains(answered.Name, StringComparison.Ordinal));
    }

    private async Task AcceptAsNewAccountAsync(string email)
    {
        var person = factory.CreateClient();
        var form = await person.GetPageAsync(new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery);
        var accepted = await person.SubmitAsync(form, "#invitation-form", new Dictionary<string, string?>
        {
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
            ["Form.Consent"] = "true",
        });
        Assert.Equal("/cuestionario", accepted.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>The link of the newest message to <paramref name="email"/>: a registered manager's mailbox also holds the confirmation.</summary>
    private async Task<string> LatestLinkAsync(string email)
    {
        await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        var newest = (await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1];
        return new Uri(WebUtility.HtmlDecode(LinkIn().Match(newest).Groups[1].Value)).PathAndQuery;
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkIn();
}
