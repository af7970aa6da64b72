using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.TestData;
using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Exchange;

/// <summary>An initiative's name, department and code belong to it, not to one wave's answers (SPEC §3).</summary>
public sealed partial class InitiativeIdentityTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_manager_who_posts_another_initiatives_name_in_perfil_keeps_their_own_identity_through_export_and_import()
    {
        var wave = await factory.CreateWaveAsync();
        var nameA = $"Cluster Alfa {Guid.NewGuid():N}";
        var nameB = $"Cluster Beta {Guid.NewGuid():N}";
        var (_, managerA) = await RegisterManagerAsync(factory, nameA, "66");
        await RegisterManagerAsync(factory, nameB, "05");
        var submissionId = await StartAsync(managerA, wave.Id);

        var perfil = await managerA.GetPageAsync($"/cuestionario/{submissionId}/perfil");
        Assert.True(((IHtmlInputElement)perfil.QuerySelector("#initiative_name")!).IsDisabled);
        Assert.True(((IHtmlSelectElement)perfil.QuerySelector("#department")!).IsDisabled);
        await SaveAsync(managerA, submissionId, "perfil", new Dictionary<string, string?>(CompleteAnswers["perfil"]) { ["initiative_name"] = nameB, ["department"] = "05" });

        var (initiativeA, initiativeB, stored) = await factory.WithDbAsync(async db => (
            await db.Initiatives.AsNoTracking().SingleAsync(i => i.Name == nameA),
            await db.Initiatives.AsNoTracking().SingleAsync(i => i.Name == nameB),
            await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId)));
        Assert.Equal(nameA, stored.Answers.InitiativeName);
        Assert.Equal("66", stored.Answers.Department);
        Assert.Equal("Cámara de Comercio de Pereira", stored.Answers.ManagingEntityName);

        var exported = Assert.Single(await ExchangeFlow.ExportRowsAsync(factory, wave));
        Assert.Equal(nameA, exported["initiative_name"]);
        Assert.Equal("66", exported["department"]);
        Assert.Equal(initiativeA.Code!.Value.ToString(), exported["initiative_code"]);

        var file = await ExchangeFlow.WriteFileAsync(factory, "reimportar.csv", ExchangeFlow.Csv([exported]));
        var imported = await factory.RunVerbAsync("import", "--wave", wave.Code, file);

        Assert.True(imported.ExitCode == 0, imported.Output + imported.Error);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.InitiativeId == initiativeB.Id)));
        Assert.Equal(submissionId, await factory.WithDbAsync(db => db.Submissions.Where(s => s.InitiativeId == initiativeA.Id).Select(s => s.Id).SingleAsync()));
    }

    [Fact]
    public async Task Every_initiative_has_a_code_in_creation_order_shown_to_analysts_and_in_the_export()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(3, seed: 31, tag: wave.Code));
        var initiatives = await factory.WithDbAsync(db => db.Initiatives.AsNoTracking().OrderBy(i => i.Id).ToListAsync());
        var numbers = initiatives.Select(i => int.Parse(i.Code!.Value.ToString()[3..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());

        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        Assert.All(rows, row => Assert.Matches(CodePattern(), row["initiative_code"]!));
        var first = rows[0];
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var list = await analyst.GetPageAsync($"/revision?ola={wave.Code}");
        Assert.Contains(first["initiative_code"]!, list.MainText(), StringComparison.Ordinal);
        var detail = await analyst.GetPageAsync(list.QuerySelector("tbody tr a")!.GetAttribute("href")!);
        Assert.Matches(CodePattern(), detail.MainText());
        var admin = await factory.AdminClientAsync();
        var administration = await admin.GetPageAsync($"/admin/iniciativas?buscar={Uri.EscapeDataString(first["initiative_name"]!)}");
        Assert.Contains(first["initiative_code"]!, administration.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_matches_a_row_by_its_code_even_when_the_file_renames_the_initiative()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 32, tag: wave.Code));
        var row = Assert.Single(await ExchangeFlow.ExportRowsAsync(factory, wave));
        var originalName = row["initiative_name"];
        row["initiative_name"] = "Nombre cambiado en la hoja";
        row["employment"] = "4321";
        var initiativesBefore = await factory.WithDbAsync(db => db.Initiatives.CountAsync());

        var file = await ExchangeFlow.WriteFileAsync(factory, "por-codigo.csv", ExchangeFlow.Csv([row]));
        var imported = await factory.RunVerbAsync("import", "--wave", wave.Code, file);

        Assert.True(imported.ExitCode == 0, imported.Output + imported.Error);
        Assert.Equal(initiativesBefore, await factory.WithDbAsync(db => db.Initiatives.CountAsync()));
        var stored = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.WaveId == wave.Id));
        Assert.Equal(4321, stored.Answers.Employment);
        Assert.Equal(originalName, stored.Answers.InitiativeName);
        Assert.Equal(originalName, (await ExchangeFlow.ExportRowsAsync(factory, wave))[0]["initiative_name"]);
    }

    [Fact]
    public async Task An_unknown_code_is_a_problem_of_its_row_and_nothing_is_imported()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(2, seed: 33, tag: wave.Code), _ => SubmissionStatus.Draft);
        var rows = await ExchangeFlow.ExportRowsAsync(factory, wave);
        rows[1]["initiative_code"] = "IC-9876";
        rows[0]["employment"] = "77";

        var file = await ExchangeFlow.WriteFileAsync(factory, "codigo-desconocido.csv", ExchangeFlow.Csv(rows));
        var refused = await factory.RunVerbAsync("import", "--wave", wave.Code, file);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Fila 3, columna initiative_code: no existe ninguna iniciativa con el código «IC-9876»", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.Submissions.AsNoTracking().Where(s => s.WaveId == wave.Id).Select(s => s.Answers.Employment).ToListAsync()), employment => employment == 77);
    }

    [GeneratedRegex(@"IC-\d{4,}")]
    private static partial Regex CodePattern();
}
