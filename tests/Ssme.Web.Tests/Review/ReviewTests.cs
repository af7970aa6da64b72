using System.Net;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.TestData;
using Ssme.Web.Tests.Questionnaires;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Review;

public sealed class ReviewTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task An_analyst_filters_opens_returns_with_a_required_comment_and_later_accepts_a_submission()
    {
        var wave = await factory.CreateWaveAsync();
        var (managerEmail, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster Lácteo de Nariño", "52");
        var submissionId = await QuestionnaireFlow.StartAsync(manager, wave.Id);
        await QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        await QuestionnaireFlow.SaveAsync(manager, submissionId, "perfil", new Dictionary<string, string?>(QuestionnaireFlow.CompleteAnswers["perfil"]) { ["department"] = "52" });
        await QuestionnaireFlow.SendAsync(manager, submissionId);
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(30, seed: 7, tag: wave.Code));
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var list = await analyst.GetPageAsync($"/revision?ola={wave.Code}");
        var filtered = await analyst.SubmitAsync(list, "form[role=search]", new Dictionary<string, string?> { ["buscar"] = "lacteo", ["departamento"] = "52", ["estado"] = "Submitted" });
        var results = await filtered.ReadPageAsync();
        var rows = results.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("1 cuestionario", results.MainText(), StringComparison.Ordinal);

        var detail = await analyst.GetPageAsync(rows[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Cluster Lácteo de Nariño", detail.MainText(), StringComparison.Ordinal);
        Assert.Contains("62,5 % de empresas activas: 60 % < x < 80 % → Nivel 2", detail.MainText(), StringComparison.Ordinal);
        Assert.Contains("Cámara de Comercio de Pereira", detail.MainText(), StringComparison.Ordinal);
        Assert.Contains("$ 100.000.000", detail.MainText(), StringComparison.Ordinal);

        var withoutComment = await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Return])", new Dictionary<string, string?> { ["text"] = "  " });
        var refusedReturn = await withoutComment.ReadPageAsync();
        Assert.Contains("El comentario para devolver el cuestionario es obligatorio.", refusedReturn.QuerySelector("#errores a[href='#return-text']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("El comentario para devolver el cuestionario es obligatorio.", refusedReturn.QuerySelector("#return-text-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("return-text-error", refusedReturn.QuerySelector("#return-text")?.GetAttribute("aria-describedby"));
        var returned = await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Return])", new Dictionary<string, string?> { ["text"] = "Revise las empresas activas, por favor." });
        var afterReturn = await returned.ReadPageAsync();
        Assert.Contains("fue devuelto al gerente", afterReturn.MainText(), StringComparison.Ordinal);
        Assert.Contains("Revise las empresas activas, por favor.", afterReturn.QuerySelector("#historial + table")!.TextContent, StringComparison.Ordinal);

        var returnMail = (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail))[^1];
        Assert.Contains("necesita correcciones", returnMail, StringComparison.Ordinal);
        Assert.Contains("Revise las empresas activas, por favor.", returnMail, StringComparison.Ordinal);
        Assert.Contains($"/cuestionario/{submissionId}/perfil", returnMail, StringComparison.Ordinal);
        var managerHome = await manager.GetPageAsync("/cuestionario");
        Assert.Contains("Devuelta para corrección", managerHome.MainText(), StringComparison.Ordinal);
        var managerSection = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        Assert.Contains("Revise las empresas activas, por favor.", managerSection.MainText(), StringComparison.Ordinal);

        await QuestionnaireFlow.SendAsync(manager, submissionId);
        var again = await analyst.GetPageAsync($"/revision/cuestionario/{submissionId}");
        var accepted = await analyst.SubmitAsync(again, "form:has(input[name=action][value=Accept])");

        Assert.Contains("quedó aceptado", (await accepted.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Contains("fue aceptado", (await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail))[^1], StringComparison.Ordinal);
        var official = await manager.GetPageAsync($"/cuestionario/{submissionId}/revision");
        Assert.Contains("Categorización de la iniciativa", official.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("preliminar", official.MainText(), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Submissions.Include(s => s.History).AsNoTracking().SingleAsync(s => s.Id == submissionId));
        Assert.Equal(SubmissionStatus.Accepted, stored.Status);
        Assert.Equal(
            [SubmissionStatus.Submitted, SubmissionStatus.Returned, SubmissionStatus.Submitted, SubmissionStatus.Accepted],
            stored.History.OrderBy(change => change.ChangedAt).Select(change => change.To));
    }

    [Fact]
    public async Task A_stale_action_and_a_forbidden_transition_are_refused_in_spanish()
    {
        var wave = await factory.CreateWaveAsync();
        var ids = await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 3, tag: wave.Code), _ => SubmissionStatus.Draft);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var detail = await analyst.GetPageAsync($"/revision/cuestionario/{ids[0]}");

        Assert.Empty(detail.QuerySelectorAll("form:has(input[name=action])"));
        var token = detail.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await analyst.GetPageAsync("/revision/importar")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = await factory.WithDbAsync(db => db.Submissions.Where(s => s.Id == ids[0]).Select(s => s.Version).SingleAsync());
        var response = await analyst.PostAsync(new Uri($"/revision/cuestionario/{ids[0]}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["action"] = "Exclude",
            ["text"] = "Duplicado",
            ["version"] = version.ToString(),
        }));

        Assert.Contains("Un borrador no se puede excluir", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, await factory.WithDbAsync(db => db.Submissions.Where(s => s.Id == ids[0]).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_submission_of_a_closed_wave_cannot_be_returned()
    {
        var wave = await factory.CreateWaveAsync();
        var ids = await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 6, tag: wave.Code));
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var open = await analyst.GetPageAsync($"/revision/cuestionario/{ids[0]}");
        await factory.WithDbAsync(async db =>
        {
            (await db.Waves.SingleAsync(w => w.Id == wave.Id)).Close();
            return await db.SaveChangesAsync();
        });

        var refused = await analyst.SubmitAsync(open, "form:has(input[name=action][value=Return])", new Dictionary<string, string?> { ["text"] = "Corrija" });
        var page = await refused.ReadPageAsync();

        Assert.Contains($"La ola {wave.Code} está cerrada: el gerente no podría corregir el cuestionario.", page.MainText(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form:has(input[name=action][value=Return])"));
        Assert.NotNull(page.QuerySelector("form:has(input[name=action][value=Accept])"));
        Assert.Equal(SubmissionStatus.Submitted, await factory.WithDbAsync(db => db.Submissions.Where(s => s.Id == ids[0]).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Exclusion_needs_a_reason_and_can_be_undone()
    {
        var wave = await factory.CreateWaveAsync();
        var ids = await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(1, seed: 4, tag: wave.Code), _ => SubmissionStatus.Accepted);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var detail = await analyst.GetPageAsync($"/revision/cuestionario/{ids[0]}");

        var refused = await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Exclude])", new Dictionary<string, string?> { ["text"] = string.Empty });
        var refusedExclusion = await refused.ReadPageAsync();
        Assert.Contains("El motivo de la exclusión es obligatorio.", refusedExclusion.QuerySelector("#errores a[href='#exclude-text']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("El motivo de la exclusión es obligatorio.", refusedExclusion.QuerySelector("#exclude-text-error")?.TextContent, StringComparison.Ordinal);
        var excluded = await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Exclude])", new Dictionary<string, string?> { ["text"] = "Iniciativa inactiva desde 2024" });
        var afterExclusion = await excluded.ReadPageAsync();
        Assert.Contains("Iniciativa inactiva desde 2024", afterExclusion.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
        var undone = await analyst.SubmitAsync(afterExclusion, "form:has(input[name=action][value=UndoExclusion])");

        Assert.Contains("Se deshizo la exclusión", (await undone.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Accepted, await factory.WithDbAsync(db => db.Submissions.Where(s => s.Id == ids[0]).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_list_pages_and_sorts_on_the_server()
    {
        var wave = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(wave, SyntheticAnswers.Create(60, seed: 11, tag: wave.Code));
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var first = await analyst.GetPageAsync($"/revision?ola={wave.Code}&orden=Level&desc=true");
        var third = await analyst.GetPageAsync($"/revision?ola={wave.Code}&orden=Level&desc=true&pagina=3");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(10, third.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("60 cuestionarios", first.MainText(), StringComparison.Ordinal);
        Assert.Equal("descending", first.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        var levels = first.QuerySelectorAll("tbody tr td:nth-child(5)").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal(levels.OrderByDescending(level => level, StringComparer.Ordinal), levels);
        Assert.NotNull(first.QuerySelector("nav.pagination a[rel=next]"));
    }

    [Fact]
    public async Task The_dashboard_counts_registered_and_categorized_as_the_report_does()
    {
        var wave = await factory.CreateWaveAsync();
        var answers = SyntheticAnswers.Create(8, seed: 5, tag: wave.Code).Select(item => item with { HasPeriodData = true }).ToArray();
        answers[7] = answers[7] with { HasPeriodData = false };
        SubmissionStatus[] statuses = [SubmissionStatus.Draft, SubmissionStatus.Submitted, SubmissionStatus.Submitted, SubmissionStatus.Accepted, SubmissionStatus.Returned, SubmissionStatus.Excluded, SubmissionStatus.Accepted, SubmissionStatus.Submitted];
        await factory.AddSubmissionsAsync(wave, answers, i => statuses[i]);
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);

        var page = await analyst.GetPageAsync($"/revision/tablero?ola={wave.Code}");

        var cards = page.QuerySelectorAll(".figures .card strong").Select(card => card.TextContent).ToList();
        Assert.Equal(["8", "4"], cards);
        var categorized = new[] { answers[1], answers[2], answers[3], answers[6] };
        var focus = categorized.Select(a => a.FocusInterclusterPct!.Value.Value).ToList();
        int Share(int count) => ((200 * count) + 4) / 8;
        var focusRow = page.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").First(row => row.QuerySelector("th[scope=row]")!.TextContent == "Enfoque");
        Assert.Equal(
            [$"{Share(focus.Count(x => x <= 20))} %", $"{Share(focus.Count(x => x is > 20 and < 80))} %", $"{Share(focus.Count(x => x >= 80))} %", "4"],
            focusRow.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("figure.chart svg[role=img]"));
    }

    [Theory]
    [InlineData("/revision")]
    [InlineData("/revision/tablero")]
    [InlineData("/revision/importar")]
    [InlineData("/revision/cuestionario/1")]
    [InlineData("/revision?handler=Export&formato=csv")]
    public async Task A_manager_is_forbidden_from_every_analyst_page(string url)
    {
        var manager = await factory.ClientInRoleAsync(Roles.ClusterManager);

        var response = await manager.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
