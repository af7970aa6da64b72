using Microsoft.EntityFrameworkCore;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>The roster of a wave (SPEC §10): loaded whole from a file or one at a time, matched to known initiatives, never duplicated.</summary>
public sealed class RosterTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_roster_file_matches_known_initiatives_by_code_then_name_and_department_creates_the_others_and_never_duplicates()
    {
        var wave = await factory.CreateWaveAsync();
        var byCode = await RosterFlow.KnownInitiativeAsync(factory, RosterFlow.Unique("Cluster por Código"));
        var byName = await RosterFlow.KnownInitiativeAsync(factory, RosterFlow.Unique("Cluster de Café"), "66");
        var newName = RosterFlow.Unique("Cluster Nuevo");
        var csv = RosterFlow.Header
            + $"{byCode.Code},Otro nombre cualquiera,05,Ana Código,ana@ssme.test\r\n"
            + $",{byName.Name.ToUpperInvariant().Replace("CAFE", "CAFÉ", StringComparison.Ordinal)},Risaralda,Beto Nombre,beto@ssme.test\r\n"
            + $",{newName},Antioquia,Carla Nueva,carla@ssme.test\r\n";
        var admin = await factory.AdminClientAsync();
        var before = await factory.WithDbAsync(db => db.Initiatives.CountAsync());

        var loaded = await (await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", csv)).ReadPageAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", csv);

        Assert.Contains("3 iniciativas en el directorio", loaded.MainText(), StringComparison.Ordinal);
        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");
        var rows = page.QuerySelectorAll("#roster tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, row => row.Contains(byCode.Name, StringComparison.Ordinal) && row.Contains("ana@ssme.test", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(byName.Name, StringComparison.Ordinal) && row.Contains("beto@ssme.test", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(newName, StringComparison.Ordinal) && row.Contains("Sin invitar", StringComparison.Ordinal));
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Initiatives.CountAsync()));
    }

    [Fact]
    public async Task A_roster_file_with_a_bad_row_loads_nothing_and_names_each_row_and_column()
    {
        var wave = await factory.CreateWaveAsync();
        var csv = RosterFlow.Header
            + ",Cluster Bueno,Antioquia,Ana,ana@ssme.test\r\n"
            + ",Cluster Malo,Atlantida,Beto,beto@ssme.test\r\n"
            + ",Cluster Sin Correo,Meta,Carla,carla-sin-arroba\r\n"
            + "IC-9999,Cluster Inexistente,Meta,Dora,dora@ssme.test\r\n";
        var admin = await factory.AdminClientAsync();

        var refused = await (await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", csv)).ReadPageAsync();

        var text = refused.MainText();
        Assert.Contains("No se cargó ninguna fila", text, StringComparison.Ordinal);
        Assert.Contains("Fila 3, columna department: «Atlantida» no es un departamento de Colombia.", text, StringComparison.Ordinal);
        Assert.Contains("Fila 4, columna manager_email:", text, StringComparison.Ordinal);
        Assert.Contains("Fila 5, columna initiative_code: no existe una iniciativa con el código IC-9999.", text, StringComparison.Ordinal);
        Assert.Empty(refused.QuerySelectorAll("#roster tbody tr"));
    }

    [Fact]
    public async Task One_entry_is_added_and_its_contact_edited_on_the_pages_with_the_problem_at_the_field()
    {
        var wave = await factory.CreateWaveAsync();
        var name = RosterFlow.Unique("Cluster Uno a Uno");
        var admin = await factory.AdminClientAsync();
        var page = await admin.GetPageAsync($"/convocatoria?ola={wave.Code}");

        var refused = await (await admin.SubmitAsync(page, "#roster-add", new Dictionary<string, string?>
        {
            ["Entry.InitiativeName"] = name,
            ["Entry.Department"] = "Meta",
            ["Entry.ManagerName"] = "Elena Una",
            ["Entry.ManagerEmail"] = "no-es-correo",
        })).ReadPageAsync();
        Assert.Contains("Correo del gerente: «no-es-correo» no es un correo electrónico válido.", refused.MainText(), StringComparison.Ordinal);
        Assert.Equal(name, refused.QuerySelector("#roster-add input[name='Entry.InitiativeName']")?.GetAttribute("value"));

        var added = await (await admin.SubmitAsync(refused, "#roster-add", new Dictionary<string, string?> { ["Entry.ManagerEmail"] = "elena@ssme.test" })).ReadPageAsync();
        var row = added.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));
        var edit = await admin.GetPageAsync(row.QuerySelector("a[href*='/convocatoria/entrada/']")!.GetAttribute("href")!);
        var edited = await (await admin.SubmitAsync(edit, "#entry-form", new Dictionary<string, string?>
        {
            ["Contact.ManagerName"] = "Elena Editada",
            ["Contact.ManagerEmail"] = "elena.nueva@ssme.test",
        })).ReadPageAsync();

        var rowAfter = edited.QuerySelectorAll("#roster tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("Elena Editada", rowAfter.TextContent, StringComparison.Ordinal);
        Assert.Contains("elena.nueva@ssme.test", rowAfter.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysts_and_managers_cannot_open_the_roster()
    {
        var analyst = await factory.ClientInRoleAsync(Ssme.Domain.Users.Roles.Analyst);

        var response = await analyst.GetAsync(new Uri("/convocatoria", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
