using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>Reminders (SPEC §10): a Spanish template with the closing date and the person's link, at most one per initiative per day, every message logged.</summary>
public sealed class ReminderTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task Remind_sends_one_per_initiative_per_day_with_the_closing_date_and_the_link()
    {
        var wave = await factory.CreateWaveAsync();
        var email = $"recordada-{Guid.NewGuid():N}@ssme.test";
        var roster = Path.Combine(factory.Folder, $"directorio-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(roster, RosterFlow.Header + $",{RosterFlow.Unique("Cluster Recordado")},Huila,Rosa Recordada,{email}\r\n");
        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--roster", roster)).ExitCode);

        var first = await factory.RunVerbAsync("remind", "--wave", wave.Code, "--status", "not_started");
        var second = await factory.RunVerbAsync("remind", "--wave", wave.Code, "--status", "not_started");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("1 recordatorio(s) enviados", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 recordatorio(s) enviados", second.Output, StringComparison.Ordinal);
        Assert.Contains("1 ya recibieron uno hoy", second.Output, StringComparison.Ordinal);
        var messages = await Mailbox.MessagesToAsync(factory.MailFolder, email);
        Assert.Equal(2, messages.Count);
        Assert.Contains("31 de marzo de 2026", messages[^1], StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(messages[^1], "href=\"([^\"]+)\"").Groups[1].Value;
        var accept = await factory.CreateClient().GetPageAsync(new Uri(System.Net.WebUtility.HtmlDecode(link)).PathAndQuery);
        Assert.NotNull(accept.QuerySelector("#invitation-form"));

        factory.Clock.Shift = TimeSpan.FromDays(1);
        try
        {
            var nextDay = await factory.RunVerbAsync("remind", "--wave", wave.Code);
            Assert.Contains("1 recordatorio(s) enviados", nextDay.Output, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_reminder_carries_a_new_link_and_the_invitation_s_link_keeps_working()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Dos Enlaces");
        var email = $"dos-enlaces-{Guid.NewGuid():N}@ssme.test";
        await RosterFlow.KnownInitiativeAsync(factory, name, "63");
        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);
        var invitation = new Uri(await Mailbox.LinkSentToAsync(factory.MailFolder, email)).PathAndQuery;

        Assert.Equal(0, (await factory.RunVerbAsync("remind", "--wave", wave.Code)).ExitCode);

        var messages = await Mailbox.MessagesToAsync(factory.MailFolder, email);
        Assert.Equal(2, messages.Count);
        var reminder = new Uri(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(messages[^1], "href=\"([^\"]+)\"").Groups[1].Value)).PathAndQuery;
        Assert.NotEqual(invitation, reminder);
        Assert.NotNull((await factory.CreateClient().GetPageAsync(invitation)).QuerySelector("#invitation-form"));
        Assert.NotNull((await factory.CreateClient().GetPageAsync(reminder)).QuerySelector("#invitation-form"));
    }

    [Fact]
    public async Task The_reminder_goes_to_the_initiative_s_manager_account_when_it_is_not_the_roster_contact()
    {
        var wave = await factory.CreateWaveAsync();
        var (managerEmail, _) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, RosterFlow.Unique("Cluster Gerente Real"));
        var managed = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Initiatives, i => i.ManagerUserId == db.Users.Single(u => u.Email == managerEmail).Id));
        var contact = $"contacto-viejo-{Guid.NewGuid():N}@ssme.test";
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $"{managed.Code},{managed.Name},{managed.Department.Code},Contacto Viejo,{contact}\r\n");
        var before = (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail)).Count;

        var run = await factory.RunVerbAsync("remind", "--wave", wave.Code);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(await Mailbox.MessagesToAsync(factory.MailFolder, contact));
        await Mailbox.WaitForMessagesAsync(factory.MailFolder, managerEmail, before + 1);
        Assert.Contains("https://localhost/cuestionario", (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_with_an_unknown_status_answers_one_Spanish_line_and_fails()
    {
        var wave = await factory.CreateWaveAsync();

        var run = await factory.RunVerbAsync("remind", "--wave", wave.Code, "--status", "terminado");

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Error: --status debe ser not_started, draft o returned, no «terminado».", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminder_button_reminds_the_chosen_group_and_the_log_lists_the_message()
    {
        var wave = await factory.CreateWaveAsync();
        var email = $"boton-{Guid.NewGuid():N}@ssme.test";
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{RosterFlow.Unique("Cluster Botón")},Meta,Bruno Botón,{email}\r\n");
        var page = await admin.GetPageAsync($"/convocatoria/avance?ola={wave.Code}&estado=not_started");

        var reminded = await (await admin.SubmitAsync(page, "#remind-form")).ReadPageAsync();

        Assert.Contains("Se enviaron 1 recordatorio(s)", reminded.MainText(), StringComparison.Ordinal);
        var log = await admin.GetPageAsync($"/convocatoria/mensajes?ola={wave.Code}");
        var row = log.QuerySelectorAll("#messages tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Recordatorio", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enviado", row.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>The same, with a mail server that refuses every message.</summary>
public sealed class FailingMailReminderTests : IClassFixture<FailingMailReminderTests.Factory>
{
    private readonly Factory _factory;

    public FailingMailReminderTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task A_refused_reminder_is_logged_as_failed_does_not_count_as_today_s_and_the_verb_says_so()
    {
        var wave = await _factory.CreateWaveAsync();
        var email = $"sin-correo-{Guid.NewGuid():N}@ssme.test";
        var name = RosterFlow.Unique("Cluster Sin Correo");
        await RosterFlow.KnownInitiativeAsync(_factory, name, "81");
        var invited = await _factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email);
        Assert.Contains("0 invitación(es) enviadas; 1 con falla de envío", invited.Output, StringComparison.Ordinal);

        var first = await _factory.RunVerbAsync("remind", "--wave", wave.Code);
        var second = await _factory.RunVerbAsync("remind", "--wave", wave.Code);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("0 recordatorio(s) enviados; 1 fallaron", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 recordatorio(s) enviados; 1 fallaron", second.Output, StringComparison.Ordinal);
        var admin = await _factory.AdminClientAsync();
        var log = await admin.GetPageAsync($"/convocatoria/mensajes?ola={wave.Code}");
        var failed = log.QuerySelectorAll("#messages tbody tr").Where(tr => tr.TextContent.Contains(email, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, failed.Count);
        Assert.All(failed, row => Assert.Contains("Falló", row.TextContent, StringComparison.Ordinal));
        Assert.Contains(failed, row => row.TextContent.Contains("Invitación", StringComparison.Ordinal));
        Assert.All(failed, row => Assert.Contains("servidor de correo", row.TextContent, StringComparison.Ordinal));
        Assert.All(failed, row => Assert.DoesNotContain("Failure sending mail", row.TextContent, StringComparison.Ordinal));
    }

    public sealed class Factory : SsmeAppFactory
    {
        public Factory()
        {
            // Nothing listens on port 1: every message is refused at once, like a mail server that is down.
            With("Email:Smtp:Host", "127.0.0.1");
            With("Email:Smtp:Port", "1");
        }
    }
}
