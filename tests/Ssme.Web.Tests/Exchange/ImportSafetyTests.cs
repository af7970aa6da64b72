using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

/// <summary>An import never changes frozen or accepted data, and shows what it would do before doing it (SPEC §2, §7).</summary>
public sealed class ImportSafetyTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_closed_wave_refuses_imports_on_the_page_and_the_verb_and_keeps_its_counts()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(3, seed: 41, tag: wave.Code));
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        rows[0]["employment"] = "999";
        rows.Add(new Dictionary<string, string?>(rows[1]) { ["initiative_code"] = null, ["initiative_name"] = "Cluster Nuevo de Ola Cerrada" });
        var csv = ExchangeFlow.Csv(rows);
        await CloseAsync(wave);
        var before = await SnapshotAsync(wave);

        var page = await (await ExchangeFlow.UploadAsync(await factory.ClientInRoleAsync(Roles.Analyst), wave.Code, "ola.csv", csv)).ReadPageAsync();
        var verb = await factory.RunVerbAsync("import", "--wave", wave.Code, await ExchangeFlow.WriteFileAsync(factory, "cerrada.csv", csv));

        Assert.Contains($"La ola {wave.Code} está cerrada", page.MainText(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("button[value=confirm]"));
        Assert.Equal(1, verb.ExitCode);
        Assert.Contains($"La ola {wave.Code} está cerrada", verb.Output + verb.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(wave));
    }

    [Fact]
    public async Task An_accepted_submission_is_refused_by_name_and_stays_as_it_was()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(2, seed: 42, tag: wave.Code), i => i == 0 ? SubmissionStatus.Accepted : SubmissionStatus.Submitted);
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        var accepted = rows.Single(row => row["status"] == "Accepted");
        accepted["status"] = "Submitted";
        accepted["employment"] = "555";
        rows.Single(row => row["status"] == "Submitted" && row != accepted)["employment"] = "556";
        var before = await SnapshotAsync(wave);

        var verb = await factory.RunVerbAsync("import", "--wave", wave.Code, await ExchangeFlow.WriteFileAsync(factory, "aceptada.csv", ExchangeFlow.Csv(rows)));

        Assert.Equal(1, verb.ExitCode);
        var line = $"Fila {rows.IndexOf(accepted) + 2}";
        Assert.Contains(verb.Output.Split('\n'), text => text.StartsWith(line, StringComparison.Ordinal) && text.Contains(accepted["initiative_name"]!, StringComparison.Ordinal) && text.Contains("Aceptada", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(wave));
    }

    [Fact]
    public async Task The_page_previews_each_changed_field_and_imports_only_when_confirmed()
    {
        var wave = await factory.CreateWaveAsync();
        var managerEmail = await factory.CreateAccountAsync(Roles.ClusterManager);
        var managerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == managerEmail).Select(u => u.Id).SingleAsync());
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 43, tag: wave.Code), managerUserId: managerId);
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 44, tag: wave.Code + "b"));
        var managedName = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.ManagerUserId == managerId).Select(i => i.Name).SingleAsync());
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        var managed = rows.Single(row => row["initiative_name"] == managedName);
        var oldEmployment = int.Parse(managed["employment"]!, System.Globalization.CultureInfo.InvariantCulture);
        managed["employment"] = (oldEmployment + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        rows.Add(new Dictionary<string, string?>(managed) { ["initiative_code"] = null, ["initiative_name"] = "Cluster Recién Llegado" });
        var before = await SnapshotAsync(wave);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var preview = await (await ExchangeFlow.UploadAsync(analyst, wave.Code, "ola-iv.csv", ExchangeFlow.Csv(rows))).ReadPageAsync();

        var text = preview.MainText();
        Assert.Contains("Vista previa", text, StringComparison.Ordinal);
        Assert.Contains("1 nuevo", text, StringComparison.Ordinal);
        Assert.Contains("1 con cambios", text, StringComparison.Ordinal);
        Assert.Contains("1 sin cambios", text, StringComparison.Ordinal);
        Assert.Contains($"Empleos de las empresas participantes: {oldEmployment.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("es-CO"))} → {(oldEmployment + 1000).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("es-CO"))}", text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(wave));

        var confirmed = await analyst.SubmitAsync(preview, "form:has(button[value=confirm])", submitButtonSelector: "button[value=confirm]");
        Assert.Contains("Importación completa", (await confirmed.ReadPageAsync()).MainText(), StringComparison.Ordinal);

        var changed = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().Include(s => s.History).SingleAsync(s => s.WaveId == wave.Id && s.Answers.InitiativeName == managedName));
        Assert.Equal(oldEmployment + 1000, changed.Answers.Employment);
        Assert.Contains(changed.History, change => change.Comment == "Importado desde archivo «ola-iv.csv»");
        Assert.Equal(3, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.WaveId == wave.Id)));
        var mail = Assert.Single(await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail));
        Assert.Contains($"Sus respuestas de la {wave.Name} se actualizaron desde un archivo", mail, StringComparison.Ordinal);

        var again = await analyst.SubmitAsync(preview, "form:has(button[value=confirm])", submitButtonSelector: "button[value=confirm]");
        Assert.DoesNotContain("Importación completa", (await again.ReadPageAsync()).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_gone_stale_is_shown_again_instead_of_applied()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 45, tag: wave.Code));
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        rows[0]["employment"] = "31337";
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var preview = await (await ExchangeFlow.UploadAsync(analyst, wave.Code, "ola.csv", ExchangeFlow.Csv(rows))).ReadPageAsync();
        await factory.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.Include(s => s.History).SingleAsync(s => s.WaveId == wave.Id);
            submission.Accept(new Actor("otro", "Otra analista"), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var confirmed = await (await analyst.SubmitAsync(preview, "form:has(button[value=confirm])", submitButtonSelector: "button[value=confirm]")).ReadPageAsync();

        Assert.Contains("cambiaron desde la vista previa", confirmed.MainText(), StringComparison.Ordinal);
        Assert.Contains("Aceptada", confirmed.MainText(), StringComparison.Ordinal);
        Assert.NotEqual(31337, await factory.WithDbAsync(db => db.Submissions.Where(s => s.WaveId == wave.Id).Select(s => s.Answers.Employment).SingleAsync()));
    }

    [Fact]
    public async Task The_dry_run_verb_prints_what_would_happen_and_changes_nothing()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(2, seed: 46, tag: wave.Code), i => i == 0 ? SubmissionStatus.Submitted : SubmissionStatus.Excluded);
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        var submitted = rows.Single(row => row["status"] == "Submitted");
        submitted["employment"] = "4242";
        var before = await SnapshotAsync(wave);

        var would = await factory.RunVerbAsync("import", "--wave", wave.Code, "--dry-run", await ExchangeFlow.WriteFileAsync(factory, "prueba.csv", ExchangeFlow.Csv([submitted])));
        rows.Single(row => row["status"] == "Excluded")["employment"] = "4243";
        var wouldNot = await factory.RunVerbAsync("import", "--wave", wave.Code, "--dry-run", await ExchangeFlow.WriteFileAsync(factory, "prueba2.csv", ExchangeFlow.Csv(rows)));

        Assert.True(would.ExitCode == 0, would.Output + would.Error);
        Assert.Contains("0 nuevo(s), 1 con cambios, 0 sin cambios, 0 rechazado(s)", would.Output, StringComparison.Ordinal);
        Assert.Contains("Empleo", would.Output, StringComparison.Ordinal);
        Assert.Contains("4.242", would.Output, StringComparison.Ordinal);
        Assert.Equal(1, wouldNot.ExitCode);
        Assert.Contains("Excluida", wouldNot.Output, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(wave));
    }

    private async Task CloseAsync(Wave wave) =>
        await factory.WithDbAsync(async db =>
        {
            (await db.Waves.SingleAsync(w => w.Id == wave.Id)).Close();
            return await db.SaveChangesAsync();
        });

    /// <summary>What the wave holds, as one comparable text: each submission's status, version and employment, and the initiatives.</summary>
    private Task<string> SnapshotAsync(Wave wave) =>
        factory.WithDbAsync(async db =>
        {
            var submissions = await db.Submissions.AsNoTracking().Where(s => s.WaveId == wave.Id).OrderBy(s => s.Id)
                .Select(s => $"{s.Id}:{s.Status}:{s.Version}:{s.Answers.Employment}:{s.History.Count}").ToListAsync();
            return $"{string.Join('|', submissions)} / {await db.Initiatives.CountAsync()}";
        });
}
