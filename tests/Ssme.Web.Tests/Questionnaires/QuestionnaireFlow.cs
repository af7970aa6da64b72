using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

/// <summary>The manager's steps through the real pages, for the questionnaire tests.</summary>
internal static class QuestionnaireFlow
{
    public static readonly Dictionary<string, Dictionary<string, string?>> CompleteAnswers = new()
    {
        ["perfil"] = new()
        {
            ["initiative_name"] = "Cluster de Café de Risaralda",
            ["department"] = "66",
            ["managing_entity_name"] = "Cámara de Comercio de Pereira",
            ["managing_entity_type"] = "camara_comercio",
            ["macrosector"] = "agroindustria",
            ["has_period_data"] = "true",
        },
        ["enfoque-y-estrategia"] = new()
        {
            ["focus_intercluster_pct"] = "45,5",
            ["overall_progress_pct"] = "70",
            ["strategy"] = "current",
            ["strategy_participants_business_pct"] = "85",
            ["action_plan"] = "updated_annually",
        },
        ["empresas"] = new() { ["firms_micro"] = "50", ["firms_small"] = "20", ["firms_medium"] = "8", ["firms_large"] = "2", ["firms_active"] = "50" },
        ["gobernanza"] = new() { ["general_assembly"] = "met", ["advisory_board"] = "periodic", ["cluster_manager"] = "full_time_formal", ["team_professionals"] = "2", ["work_tables"] = "formal" },
        ["actividades"] = new() { ["activities_business"] = "4", ["activities_environment"] = "2", ["activities_networking"] = "4", ["collaboration"] = "spontaneous" },
        ["financiacion"] = new()
        {
            ["opex_public_cop"] = "$ 100.000.000",
            ["opex_private_cop"] = "20.000.000",
            ["opex_firms_cop"] = "30000000",
            ["projects_public_cop"] = "500.000.000",
            ["projects_private_cop"] = "0",
            ["projects_firms_cop"] = "125.000.000",
            ["sustainability_months"] = "18",
        },
        ["impactos"] = new() { ["firms_impacted"] = "40", ["employment"] = "1.250", ["impacts_business"] = HtmlForms.Many("capacitacion", "idi"), ["impacts_territorial"] = "agenda_politica" },
        ["barreras"] = new() { ["barriers"] = HtmlForms.Many("financiacion", "otra"), ["barriers_other"] = "Falta de datos sectoriales, \"actualizados\"", ["desired_support"] = "Formación en gestión de proyectos", ["emergency_actions"] = "ajuste_estrategia" },
    };

    public static async Task<int> OpenWaveAsync(SsmeAppFactory factory, string? code = null, int year = 2025) =>
        (await factory.CreateWaveAsync(code, year)).Id;

    /// <summary>Registers through the page, follows the e-mailed link and signs in.</summary>
    public static async Task<(string Email, HttpClient Client)> RegisterManagerAsync(SsmeAppFactory factory, string? initiativeName = null, string department = "66")
    {
        var email = $"gerente-{Guid.NewGuid():N}@ssme.test";
        var anonymous = factory.CreateClient();
        var form = await anonymous.GetPageAsync("/cuenta/registro");
        var registered = await anonymous.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Gloria Gerente",
            ["Form.Email"] = email,
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = TestAccounts.Password,
            ["Form.InitiativeName"] = initiativeName ?? $"Cluster {Guid.NewGuid():N}",
            ["Form.Department"] = department,
            ["Form.ManagingEntityName"] = "Cámara de Comercio de Pereira",
            ["Form.ManagingEntityType"] = "camara_comercio",
            ["Form.Macrosector"] = "agroindustria",
            ["Form.Consent"] = "true",
        });
        Assert.Contains("Registro recibido", (await registered.ReadPageAsync()).MainText(), StringComparison.Ordinal);

        var link = await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        var confirmed = await anonymous.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Su correo quedó confirmado", confirmed.MainText(), StringComparison.Ordinal);
        return (email, await factory.SignedInClientAsync(email));
    }

    public static async Task<int> StartAsync(HttpClient client, int waveId, bool fromPrevious = false)
    {
        var home = await client.GetPageAsync("/cuestionario");
        var values = new Dictionary<string, string?> { ["waveId"] = waveId.ToString(CultureInfo.InvariantCulture) };
        if (!fromPrevious)
        {
            values["fromPrevious"] = null;
        }

        var response = await client.SubmitAsync(home, $"form:has(input[name=waveId][value='{waveId}'])", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.EndsWith("/perfil", path, StringComparison.Ordinal);
        return int.Parse(path.Split('/')[2], CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int submissionId, string section, IReadOnlyDictionary<string, string?> values, string? go = null)
    {
        var page = await client.GetPageAsync($"/cuestionario/{submissionId}/{section}");
        var all = new Dictionary<string, string?>(values) { ["go"] = go };
        return await client.SubmitAsync(page, "main form", all);
    }

    public static async Task FillEverythingAsync(HttpClient client, int submissionId)
    {
        foreach (var (section, values) in CompleteAnswers)
        {
            var response = await SaveAsync(client, submissionId, section, values);
            var page = await response.ReadPageAsync();
            Assert.True(page.QuerySelector(".field-error") is null, $"{section}: {page.QuerySelector(".field-error")?.TextContent}");
        }
    }

    public static string? InputValue(IHtmlDocument page, string code) => ((IHtmlInputElement)page.QuerySelector($"#{code}")!).Value;

    public static Task<Submission> LoadSubmissionAsync(SsmeAppFactory factory, int submissionId) =>
        factory.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId));

    /// <summary>Sends the questionnaire the way a manager does: from the page that shows every answer, with its «Enviar» button.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient manager, int submissionId)
    {
        var answers = await manager.GetPageAsync($"/cuestionario/{submissionId}/respuestas");
        return await manager.SubmitAsync(answers, "#send-form");
    }
}
