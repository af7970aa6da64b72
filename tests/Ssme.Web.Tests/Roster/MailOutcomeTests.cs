using Microsoft.EntityFrameworkCore;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>Every message's outcome is recorded, in Spanish, and one bad address never stops the others.</summary>
public sealed class MailOutcomeTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Theory]
    [InlineData("a@x..co")]
    [InlineData("a@x.co,b")]
    public async Task A_roster_with_an_address_the_mail_library_refuses_is_refused_by_row_and_column(string address)
    {
        var wave = await factory.CreateWaveAsync();
        var admin = await factory.AdminClientAsync();

        var refused = await (await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{RosterFlow.Unique("Cluster Coma")},Meta,Ana,\"{address}\"\r\n")).ReadPageAsync();

        Assert.Contains($"Fila 2, columna manager_email: Correo del gerente: «{address}» no es un correo electrónico válido.", refused.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_address_the_mail_server_cannot_take_is_logged_in_Spanish_and_the_batch_goes_on()
    {
        var wave = await factory.CreateWaveAsync();
        var (bad, good) = ($"mala-{Guid.NewGuid():N}@ssme.test", $"buena-{Guid.NewGuid():N}@ssme.test");
        var (badName, goodName) = (RosterFlow.Unique("A Cluster Mala Dirección"), RosterFlow.Unique("Z Cluster Buena Dirección"));
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header + $",{badName},Meta,Mala,{bad}\r\n,{goodName},Meta,Buena,{good}\r\n");
        // An address stored before the portal used the mail library's rule, as older data may hold.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE RosterEntries SET ManagerEmail = {"mala@x.co,b"} WHERE ManagerEmail = {bad}"));

        var answer = await (await admin.SubmitAsync(await admin.GetPageAsync($"/convocatoria?ola={wave.Code}"), "#invite-all")).ReadPageAsync();

        Assert.Contains("Se enviaron 1 invitación(es); 1 no pudieron enviarse", answer.MainText(), StringComparison.Ordinal);
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, good));
        var row = answer.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(badName, StringComparison.Ordinal));
        Assert.Contains("Falló el envío", row.TextContent, StringComparison.Ordinal);
        var log = await admin.GetPageAsync($"/convocatoria/mensajes?ola={wave.Code}");
        var failed = log.QuerySelectorAll("#messages tbody tr").Single(tr => tr.TextContent.Contains("mala@x.co,b", StringComparison.Ordinal));
        Assert.Contains("Falló: La dirección de correo no es válida", failed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_a_whole_Spanish_HTML_document_with_a_title()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Documento");
        await RosterFlow.KnownInitiativeAsync(factory, name, "05");
        var email = $"documento-{Guid.NewGuid():N}@ssme.test";

        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);

        var mail = Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, email));
        Assert.Contains("<html lang=\"es\">", mail, StringComparison.Ordinal);
        Assert.Contains($"<title>Invitación a diligenciar el cuestionario de la {wave.Name} del SSME</title>", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_are_refused_on_a_closed_wave()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Ola Cerrada");
        await RosterFlow.KnownInitiativeAsync(factory, name, "05");
        var email = $"cerrada-{Guid.NewGuid():N}@ssme.test";
        Assert.Equal(0, (await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email)).ExitCode);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Waves.SingleAsync(item => item.Id == wave.Id);
            stored.Close();
            return await db.SaveChangesAsync();
        });

        var run = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--initiative", name, "--email", email);
        var admin = await factory.AdminClientAsync();
        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");
        var row = page.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));
        var answer = await (await admin.SubmitAsync(page, $"#{row.QuerySelector("form")!.Id}")).ReadPageAsync();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("está cerrada", run.Error, StringComparison.Ordinal);
        Assert.Contains("está cerrada: no se envían invitaciones", answer.MainText(), StringComparison.Ordinal);
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, email));
    }

    [Fact]
    public async Task An_xlsx_roster_of_94_initiatives_is_loaded_and_everyone_invited()
    {
        var wave = await factory.CreateWaveAsync();
        var prefix = Guid.NewGuid().ToString("N")[..6];
        var rows = Enumerable.Range(1, 94).Select(number => (IReadOnlyList<string?>)[null, $"Iniciativa Cluster {number:000} {prefix}", "Antioquia", $"Gerente {number:000}", $"gerente{number:000}-{prefix}@ssme.test"]).ToList();
        var roster = Path.Combine(factory.Folder, $"directorio-{prefix}.xlsx");
        await using (var file = File.Create(roster))
        {
            await Infrastructure.Exchange.ExchangeFiles.WriteAsync(file, Infrastructure.Exchange.ExchangeFormat.Xlsx, Domain.Roster.RosterRules.Columns, rows, _ => false, CancellationToken.None);
        }

        var run = await factory.RunVerbAsync("invite", "--wave", wave.Code, "--roster", roster);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("94 iniciativa(s) agregadas", run.Output, StringComparison.Ordinal);
        Assert.Contains("94 invitación(es) enviadas; 0 con falla", run.Output, StringComparison.Ordinal);
        Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, $"gerente048-{prefix}@ssme.test"));
        Assert.Equal(94, await factory.WithDbAsync(db => db.Invitations.CountAsync(invitation => invitation.WaveId == wave.Id && invitation.SentAt != null)));
    }
}
