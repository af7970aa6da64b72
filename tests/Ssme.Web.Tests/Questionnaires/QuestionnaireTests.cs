using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class QuestionnaireTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_new_manager_registers_confirms_fills_every_section_and_submits()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);

        await FillEverythingAsync(manager, submissionId);
        var review = await manager.GetPageAsync($"/cuestionario/{submissionId}/revision");

        Assert.Contains("El cuestionario está completo", review.MainText(), StringComparison.Ordinal);
        Assert.Contains("Nivel general preliminar", review.MainText(), StringComparison.Ordinal);
        Assert.Contains("62,5 % de empresas activas", review.MainText(), StringComparison.Ordinal);
        Assert.Equal(9, review.QuerySelectorAll("nav.progress li").Length);
        Assert.Contains("8 de 8 secciones completas", review.MainText(), StringComparison.Ordinal);

        var submitted = await QuestionnaireFlow.SendAsync(manager, submissionId);
        var home = await submitted.ReadPageAsync();

        Assert.Equal("/cuestionario", submitted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Su cuestionario fue enviado", home.MainText(), StringComparison.Ordinal);
        Assert.Equal("Enviada", home.QuerySelector("td .badge")!.TextContent);
        var stored = await LoadAsync(submissionId);
        Assert.Equal(SubmissionStatus.Submitted, stored.Status);
        Assert.Equal(45.5m, stored.Answers.FocusInterclusterPct!.Value.Value);
        Assert.Equal(100_000_000m, stored.Answers.OpexPublicCop!.Value.Amount);
        Assert.Equal(1250, stored.Answers.Employment);
        Assert.Equal("Falta de datos sectoriales, \"actualizados\"", stored.Answers.BarriersOther);
        Assert.NotNull(stored.OverallLevel);

        var readOnly = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        Assert.Contains("solo lectura", readOnly.MainText(), StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)readOnly.QuerySelector("#firms_micro")!).IsDisabled);
    }

    [Fact]
    public async Task A_bad_value_is_explained_beside_its_field_and_every_typed_value_comes_back()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);

        var response = await SaveAsync(manager, submissionId, "empresas", new Dictionary<string, string?>
        {
            ["firms_micro"] = "12",
            ["firms_small"] = "veinte",
            ["firms_medium"] = "-3",
            ["firms_large"] = "1",
            ["firms_active"] = "5",
        });
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pequeñas empresas: escriba un número entero entre 0 y 10.000.000 (escribió «veinte»)", page.QuerySelector("#firms_small-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Medianas empresas", page.QuerySelector("#firms_medium-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#firms_small")!.GetAttribute("aria-invalid"));
        Assert.Equal("veinte", InputValue(page, "firms_small"));
        Assert.Equal("-3", InputValue(page, "firms_medium"));
        Assert.Equal("12", InputValue(page, "firms_micro"));
        Assert.Equal("5", InputValue(page, "firms_active"));

        var stored = await LoadAsync(submissionId);
        Assert.Equal(12, stored.Answers.FirmsMicro);
        Assert.Null(stored.Answers.FirmsSmall);
        Assert.Equal(5, stored.Answers.FirmsActive);
    }

    [Fact]
    public async Task A_count_beyond_the_bound_keeps_what_was_typed_with_a_message_naming_the_bound()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);

        var response = await SaveAsync(manager, submissionId, "empresas", new Dictionary<string, string?>
        {
            ["firms_micro"] = "2147483647",
            ["firms_small"] = "2147483647",
            ["firms_medium"] = "0",
            ["firms_large"] = "0",
            ["firms_active"] = "8",
        });
        var page = await response.ReadPageAsync();

        Assert.Contains("Microempresas: escriba un número entero entre 0 y 10.000.000 (escribió «2147483647»)", page.QuerySelector("#firms_micro-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pequeñas empresas: escriba un número entero entre 0 y 10.000.000", page.QuerySelector("#firms_small-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2147483647", InputValue(page, "firms_micro"));
        Assert.Equal("2147483647", InputValue(page, "firms_small"));
        var stored = await LoadAsync(submissionId);
        Assert.Null(stored.Answers.FirmsMicro);
        Assert.Null(stored.Answers.FirmsSmall);
    }

    [Fact]
    public async Task More_active_firms_than_participating_is_flagged_when_saving()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);

        var response = await SaveAsync(manager, submissionId, "empresas", new Dictionary<string, string?>
        {
            ["firms_micro"] = "3",
            ["firms_small"] = "2",
            ["firms_medium"] = "0",
            ["firms_large"] = "0",
            ["firms_active"] = "9",
        });
        var page = await response.ReadPageAsync();

        Assert.Contains("Empresas activas: no pueden ser más que las empresas participantes (5)", page.QuerySelector("#firms_active-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("9", InputValue(page, "firms_active"));
    }

    [Fact]
    public async Task Submitting_an_incomplete_questionnaire_lists_every_missing_answer_with_a_link_to_it()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        await SaveAsync(manager, submissionId, "perfil", CompleteAnswers["perfil"]);
        await SaveAsync(manager, submissionId, "barreras", new Dictionary<string, string?> { ["barriers"] = "otra" });

        var response = await QuestionnaireFlow.SendAsync(manager, submissionId);
        var page = await response.ReadPageAsync();

        Assert.Contains("No se puede enviar todavía", page.MainText(), StringComparison.Ordinal);
        var links = page.QuerySelectorAll("#problemas a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/cuestionario/{submissionId}/empresas#firms_micro", links);
        Assert.Contains($"/cuestionario/{submissionId}/financiacion#sustainability_months", links);
        Assert.Contains($"/cuestionario/{submissionId}/barreras#barriers_other", links);
        Assert.DoesNotContain($"/cuestionario/{submissionId}/perfil#initiative_name", links);
        Assert.Contains("Otra barrera: describa la barrera", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, (await LoadAsync(submissionId)).Status);
    }

    [Fact]
    public async Task A_manager_resumes_at_the_first_section_still_missing_answers()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        await SaveAsync(manager, submissionId, "perfil", CompleteAnswers["perfil"]);
        await SaveAsync(manager, submissionId, "enfoque-y-estrategia", CompleteAnswers["enfoque-y-estrategia"]);

        var home = await manager.GetPageAsync("/cuestionario");

        Assert.Equal($"/cuestionario/{submissionId}/empresas", home.QuerySelector("td a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_data_for_the_period_only_the_profile_is_required()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        await SaveAsync(manager, submissionId, "perfil", new Dictionary<string, string?>(CompleteAnswers["perfil"]) { ["has_period_data"] = "false" });

        await QuestionnaireFlow.SendAsync(manager, submissionId);

        Assert.Equal(SubmissionStatus.Submitted, (await LoadAsync(submissionId)).Status);
    }

    [Fact]
    public async Task Another_manager_can_neither_read_nor_post_to_someone_elses_submission()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, owner) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(owner, waveId);
        var ownPage = await owner.GetPageAsync($"/cuestionario/{submissionId}/perfil");
        var (_, intruder) = await RegisterManagerAsync(factory);

        var read = await intruder.GetAsync(new Uri($"/cuestionario/{submissionId}/perfil", UriKind.Relative));
        var intruderOwnPage = await intruder.GetPageAsync("/cuestionario");
        var token = intruderOwnPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var post = await intruder.PostAsync(new Uri($"/cuestionario/{submissionId}/perfil", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? string.Empty,
            ["version"] = ownPage.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["initiative_name"] = "Secuestrada",
        }));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotEqual("Secuestrada", (await LoadAsync(submissionId)).Answers.InitiativeName);
    }

    [Fact]
    public async Task Analysts_and_admins_are_not_shown_the_managers_questionnaire()
    {
        var analyst = await factory.ClientInRoleAsync(Ssme.Domain.Users.Roles.Analyst);

        var response = await analyst.GetAsync(new Uri("/cuestionario", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Editing_after_the_wave_closes_is_refused_and_nothing_changes()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        await SaveAsync(manager, submissionId, "empresas", new Dictionary<string, string?> { ["firms_micro"] = "10" });
        var openPage = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        await factory.WithDbAsync(async db =>
        {
            var wave = await db.Waves.SingleAsync(w => w.Id == waveId);
            wave.Close();
            return await db.SaveChangesAsync();
        });

        var response = await manager.SubmitAsync(openPage, "main form", new Dictionary<string, string?> { ["firms_micro"] = "99" });
        var page = await response.ReadPageAsync();

        Assert.Contains("no está abierta", page.MainText(), StringComparison.Ordinal);
        Assert.Equal("99", InputValue(page, "firms_micro"));
        Assert.Equal(10, (await LoadAsync(submissionId)).Answers.FirmsMicro);
        var later = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        Assert.Contains("solo lectura", later.MainText(), StringComparison.Ordinal);
        Assert.Empty(later.QuerySelectorAll("main form button[type=submit]"));
    }

    [Fact]
    public async Task Two_tabs_changing_different_fields_keep_both()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        var firstTab = await manager.GetPageAsync($"/cuestionario/{submissionId}/gobernanza");
        var secondTab = await manager.GetPageAsync($"/cuestionario/{submissionId}/gobernanza");

        await manager.SubmitAsync(firstTab, "main form", new Dictionary<string, string?> { ["team_professionals"] = "3" });
        var response = await manager.SubmitAsync(secondTab, "main form", new Dictionary<string, string?> { ["work_tables"] = "formal" });

        Assert.Contains("Sus respuestas se guardaron", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var stored = (await LoadAsync(submissionId)).Answers;
        Assert.Equal(3, stored.TeamProfessionals);
        Assert.Equal(WorkTablesStatus.Formal, stored.WorkTables);
    }

    [Fact]
    public async Task Two_tabs_changing_the_same_field_show_both_values_and_the_person_chooses()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        var firstTab = await manager.GetPageAsync($"/cuestionario/{submissionId}/gobernanza");
        var secondTab = await manager.GetPageAsync($"/cuestionario/{submissionId}/gobernanza");

        await manager.SubmitAsync(firstTab, "main form", new Dictionary<string, string?> { ["team_professionals"] = "3" });
        var response = await manager.SubmitAsync(secondTab, "main form", new Dictionary<string, string?> { ["team_professionals"] = "7", ["work_tables"] = "formal" });
        var page = await response.ReadPageAsync();

        Assert.Contains("otra pestaña", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("«3»", page.QuerySelector("#team_professionals-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("7", InputValue(page, "team_professionals"));
        var stored = (await LoadAsync(submissionId)).Answers;
        Assert.Equal(3, stored.TeamProfessionals);
        Assert.Equal(WorkTablesStatus.Formal, stored.WorkTables);

        var chosen = await manager.SubmitAsync(page, "main form");
        Assert.Contains("Sus respuestas se guardaron", (await chosen.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(7, (await LoadAsync(submissionId)).Answers.TeamProfessionals);
    }

    [Fact]
    public async Task Two_simultaneous_first_starts_create_one_submission()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var home = await manager.GetPageAsync("/cuestionario");
        var form = $"form:has(input[name=waveId][value='{waveId}'])";

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => manager.SubmitAsync(home, form)));

        var targets = responses.Select(r => r.RequestMessage!.RequestUri!.AbsolutePath).Distinct().ToList();
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(targets);
        var count = await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.WaveId == waveId));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task A_returned_submission_shows_the_comment_and_can_be_corrected_and_sent_again()
    {
        var waveId = await OpenWaveAsync(factory);
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, waveId);
        await FillEverythingAsync(manager, submissionId);
        await QuestionnaireFlow.SendAsync(manager, submissionId);
        await factory.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.Include(s => s.History).SingleAsync(s => s.Id == submissionId);
            var wave = await db.Waves.SingleAsync(w => w.Id == waveId);
            submission.Return(wave, new Actor("analyst", "Analista"), DateTimeOffset.UtcNow, "Revise las empresas activas.");
            return await db.SaveChangesAsync();
        });

        var returned = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        Assert.Contains("Revise las empresas activas.", returned.MainText(), StringComparison.Ordinal);
        var saved = await manager.SubmitAsync(returned, "main form", new Dictionary<string, string?> { ["firms_active"] = "70" });
        Assert.Contains("Sus respuestas se guardaron", (await saved.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        await QuestionnaireFlow.SendAsync(manager, submissionId);

        var stored = await LoadAsync(submissionId);
        Assert.Equal(SubmissionStatus.Submitted, stored.Status);
        Assert.Equal(70, stored.Answers.FirmsActive);
    }

    [Fact]
    public async Task A_new_wave_can_start_from_the_previous_submission()
    {
        var earlier = await OpenWaveAsync(factory, year: 2023);
        var (_, manager) = await RegisterManagerAsync(factory);
        var first = await StartAsync(manager, earlier);
        await FillEverythingAsync(manager, first);
        var later = await OpenWaveAsync(factory, year: 2024);

        var second = await StartAsync(manager, later, fromPrevious: true);

        var page = await manager.GetPageAsync($"/cuestionario/{second}/gobernanza");
        Assert.Equal("2", InputValue(page, "team_professionals"));
        var copied = await LoadAsync(second);
        Assert.Equal(50, copied.Answers.FirmsMicro);
        Assert.Equal(SubmissionStatus.Draft, copied.Status);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Values_copied_from_the_previous_wave_are_marked_and_each_section_must_be_confirmed()
    {
        var earlier = await OpenWaveAsync(factory, year: 2023);
        var (_, manager) = await RegisterManagerAsync(factory);
        var first = await StartAsync(manager, earlier);
        await FillEverythingAsync(manager, first);
        var earlierName = await factory.WithDbAsync(db => db.Waves.Where(w => w.Id == earlier).Select(w => w.Name).SingleAsync());
        var later = await OpenWaveAsync(factory, year: 2024);
        var second = await StartAsync(manager, later, fromPrevious: true);

        var governance = await manager.GetPageAsync($"/cuestionario/{second}/gobernanza");
        Assert.Contains("0 de 8 secciones completas", governance.MainText(), StringComparison.Ordinal);
        Assert.Contains($"de la {earlierName}", governance.QuerySelector("label[for=team_professionals]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Submission.ConfirmationStatement, governance.QuerySelector("#copiados")!.TextContent, StringComparison.Ordinal);

        var refused = await (await QuestionnaireFlow.SendAsync(manager, second)).ReadPageAsync();
        Assert.Contains("Confirme la sección «Gobernanza»", refused.MainText(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, (await LoadAsync(second)).Status);

        var onlyMovedOn = await (await manager.SubmitAsync(governance, "main form", new Dictionary<string, string?> { ["go"] = "actividades" })).ReadPageAsync();
        Assert.True((await LoadAsync(second)).NeedsConfirmation(Section.Governance), "moving to another section must not confirm the copied values");
        Assert.Contains("0 de 8 secciones completas", onlyMovedOn.MainText(), StringComparison.Ordinal);

        var confirmed = await (await manager.SubmitAsync(governance, "main form", new Dictionary<string, string?> { ["confirm"] = "true" })).ReadPageAsync();
        Assert.Null(confirmed.QuerySelector("#copiados"));
        Assert.DoesNotContain($"de la {earlierName}", confirmed.QuerySelector("label[for=team_professionals]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 de 8 secciones completas", confirmed.MainText(), StringComparison.Ordinal);

        var profile = await manager.GetPageAsync($"/cuestionario/{second}/perfil");
        Assert.Contains(Submission.ConfirmationStatement, profile.QuerySelector("label[for=confirm]")!.TextContent, StringComparison.Ordinal);
        var profileConfirmed = await (await manager.SubmitAsync(profile, "main form", new Dictionary<string, string?> { ["confirm"] = "true" })).ReadPageAsync();
        Assert.Contains("2 de 8 secciones completas", profileConfirmed.MainText(), StringComparison.Ordinal);

        foreach (var section in CompleteAnswers.Keys)
        {
            await SaveAsync(manager, second, section, new Dictionary<string, string?> { ["confirm"] = "true" });
        }

        await QuestionnaireFlow.SendAsync(manager, second);
        Assert.Equal(SubmissionStatus.Submitted, (await LoadAsync(second)).Status);
    }

    [Fact]
    public async Task Registration_problems_are_named_in_spanish_and_keep_what_was_typed()
    {
        var anonymous = factory.CreateClient();
        var form = await anonymous.GetPageAsync("/cuenta/registro");

        var response = await anonymous.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Mario Gerente",
            ["Form.Email"] = "no-es-un-correo",
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
            ["Form.InitiativeName"] = "Cluster Lácteo de Nariño",
            ["Form.Department"] = "52",
        });
        var page = await response.ReadPageAsync();

        Assert.Contains("correo", page.MainText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Cluster Lácteo de Nariño", ((IHtmlInputElement)page.QuerySelector("input[name='Form.InitiativeName']")!).Value);
        Assert.Equal("Mario Gerente", ((IHtmlInputElement)page.QuerySelector("input[name='Form.DisplayName']")!).Value);
    }

    [Fact]
    public async Task An_admin_reassigns_an_initiative_to_another_manager()
    {
        var waveId = await OpenWaveAsync(factory);
        var name = $"Cluster Reasignado {Guid.NewGuid():N}";
        var (_, previousManager) = await RegisterManagerAsync(factory, name);
        var submissionId = await StartAsync(previousManager, waveId);
        var newEmail = await factory.CreateAccountAsync(Ssme.Domain.Users.Roles.ClusterManager);
        var admin = await factory.AdminClientAsync();
        var list = await admin.GetPageAsync($"/admin/iniciativas?buscar={Uri.EscapeDataString(name.ToUpperInvariant())}");
        Assert.Contains("1 iniciativa", list.MainText(), StringComparison.Ordinal);
        var row = list.QuerySelectorAll("tr").First(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));
        var initiativeId = row.QuerySelector("input[name=id]")!.GetAttribute("value");

        var response = await admin.SubmitAsync(list, $"form:has(input[name=id][value='{initiativeId}'])", new Dictionary<string, string?> { ["email"] = newEmail });

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage!.RequestUri}");
        Assert.Contains(newEmail, (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        var newManager = await factory.SignedInClientAsync(newEmail);
        Assert.Equal(HttpStatusCode.OK, (await newManager.GetAsync(new Uri($"/cuestionario/{submissionId}/perfil", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await previousManager.GetAsync(new Uri($"/cuestionario/{submissionId}/perfil", UriKind.Relative))).StatusCode);
    }

    private Task<Submission> LoadAsync(int submissionId) => LoadSubmissionAsync(factory, submissionId);
}
