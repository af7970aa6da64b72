using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Domain.Submissions;
using Ssme.Web.Tests.Support;

namespace Ssme.Browser.Tests;

/// <summary>A new manager's whole path with the keyboard alone, scanning every page it passes.</summary>
public sealed class ManagerQuestionnaireTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // What the manager types per field: text for boxes, option codes for choices (";" for several).
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["has_period_data"] = "true",
        ["focus_intercluster_pct"] = "45,5",
        ["overall_progress_pct"] = "70",
        ["strategy"] = "current",
        ["strategy_participants_business_pct"] = "85",
        ["action_plan"] = "updated_annually",
        ["firms_micro"] = "50",
        ["firms_small"] = "20",
        ["firms_medium"] = "8",
        ["firms_large"] = "2",
        ["firms_active"] = "50",
        ["general_assembly"] = "met",
        ["advisory_board"] = "irregular",
        ["cluster_manager"] = "full_time_formal",
        ["team_professionals"] = "2",
        ["work_tables"] = "formal",
        ["activities_business"] = "4",
        ["activities_environment"] = "2",
        ["activities_networking"] = "4",
        ["collaboration"] = "spontaneous",
        ["opex_public_cop"] = "100.000.000",
        ["opex_private_cop"] = "20.000.000",
        ["opex_firms_cop"] = "30.000.000",
        ["projects_public_cop"] = "500.000.000",
        ["projects_private_cop"] = "0",
        ["projects_firms_cop"] = "125.000.000",
        ["sustainability_months"] = "18",
        ["firms_impacted"] = "40",
        ["employment"] = "1.250",
        ["impacts_business"] = "capacitacion;idi",
        ["impacts_territorial"] = "genero",
        ["barriers"] = "financiacion;otra",
        ["barriers_other"] = "Falta de información sectorial",
        ["desired_support"] = "Formación en gestión de proyectos",
        ["emergency_actions"] = "reinvencion",
    };

    [Fact]
    public async Task A_new_manager_registers_fills_the_questionnaire_with_the_keyboard_saves_reloads_and_submits()
    {
        var code = (await browser.App.CreateWaveAsync()).Code;
        var email = $"teclado-{Guid.NewGuid():N}@ssme.test";
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/cuenta/registro");
        await BrowserFixture.AssertAccessibleAsync(page);
        await TypeIntoAsync(page, "Form_DisplayName", "Gloria Teclado");
        await TypeIntoAsync(page, "Form_Email", email);
        await TypeIntoAsync(page, "Form_Password", TestAccounts.Password);
        await TypeIntoAsync(page, "Form_ConfirmPassword", TestAccounts.Password);
        await TypeIntoAsync(page, "Form_InitiativeName", "Cluster de Cacao de Santander");
        await TypeIntoAsync(page, "Form_Department", "Santander");
        await TypeIntoAsync(page, "Form_ManagingEntityName", "Cámara de Comercio de Bucaramanga");
        await ChooseAsync(page, "type-camara_comercio", "type-camara_comercio");
        await ChooseAsync(page, "macro-servicios", "macro-agroindustria");
        await TabToAsync(page, "Form_Consent");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#Form_Consent")).ToBeCheckedAsync();
        await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Registrarme" }));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Registro recibido");

        await page.GotoAsync(new Uri(await Mailbox.LinkSentToAsync(browser.App.MailFolder, email)).PathAndQuery);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Su correo quedó confirmado");
        await page.GotoAsync("/cuenta/ingresar");
        await TypeIntoAsync(page, "Input_Email", email);
        await TypeIntoAsync(page, "Input_Password", TestAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/ingresar", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

        await page.GotoAsync("/cuestionario");
        await BrowserFixture.AssertAccessibleAsync(page);
        await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Empezar el cuestionario de la Ola {code}" }));
        await page.WaitForURLAsync("**/perfil");

        foreach (var section in QuestionnaireRules.QuestionSections)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section.Title(), Exact = true })).ToBeVisibleAsync();
            foreach (var field in QuestionnaireFields.In(section).Where(field => Typed.ContainsKey(field.Code)))
            {
                await AnswerAsync(page, field, Typed[field.Code]);
            }

            if (section == Section.Firms)
            {
                // Enter in a box saves the section and stays on it, as "Guardar" does. The previous
                // section's save left the same message on this page, so wait for the save's own redirect.
                await page.RunAndWaitForResponseAsync(
                    () => page.Keyboard.PressAsync("Enter"),
                    response => response.Request.Method == "GET" && response.Request.RedirectedFrom?.Method == "POST");
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sus respuestas se guardaron");
                await page.ReloadAsync();
                await Assertions.Expect(page.Locator("#firms_small")).ToHaveValueAsync("20");
                await Assertions.Expect(page.Locator("#firms_active")).ToHaveValueAsync("50");
            }

            await BrowserFixture.AssertAccessibleAsync(page);
            await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Guardar y seguir", Exact = false }));
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Revisión y envío" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Categorización preliminar");
        await BrowserFixture.AssertAccessibleAsync(page);
        await PressOnAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Continuar: confirmar todas las respuestas y enviar" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enviar cuestionario" })).ToBeVisibleAsync();
        await AssertEveryTypedAnswerIsListedAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Enviar cuestionario" }));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Su cuestionario fue enviado");
        var stored = await browser.App.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Answers.InitiativeName == "Cluster de Cacao de Santander"));
        Assert.Equal(SubmissionStatus.Submitted, stored.Status);
        Assert.Equal("68", stored.Answers.Department);
        Assert.Equal(100_000_000m, stored.Answers.OpexPublicCop!.Value.Amount);
        Assert.Equal(BusinessImpacts.Capacitacion | BusinessImpacts.Idi, stored.Answers.ImpactsBusiness);
        Assert.Equal(AdvisoryBoardStatus.Irregular, stored.Answers.AdvisoryBoard);
    }

    /// <summary>Each answer typed above appears in its own row of the confirmation page, as the portal words it.</summary>
    private async Task AssertEveryTypedAnswerIsListedAsync(IPage page)
    {
        var answers = (await browser.App.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Answers.InitiativeName == "Cluster de Cacao de Santander"))).Answers;
        var rows = await page.Locator("main dl.answers > div").EvaluateAllAsync<string[][]>(
            "rows => rows.map(row => [row.querySelector('dt').textContent.trim(), row.querySelector('dd').textContent.trim()])");
        var shown = rows.Select(row => (Label: row[0], Value: row[1])).ToList();
        foreach (var field in QuestionnaireFields.All.Where(field => Typed.ContainsKey(field.Code)))
        {
            var expected = field.ToDisplay(answers);
            Assert.False(string.IsNullOrEmpty(expected), $"{field.Code} was not stored");
            Assert.Contains((field.Label, expected), shown);
        }
    }

    [Fact]
    public async Task A_refused_value_is_announced_beside_its_field_and_the_page_stays_accessible()
    {
        var waveId = (await browser.App.CreateWaveAsync()).Id;
        var email = await browser.App.CreateAccountAsync(Ssme.Domain.Users.Roles.ClusterManager);
        var initiative = await browser.App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var created = new Ssme.Domain.Initiatives.Initiative("Cluster con errores " + Guid.NewGuid().ToString("N"), Ssme.Domain.Initiatives.Department.Find("05")!, user.Id);
            db.Initiatives.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        var submissionId = await browser.App.WithDbAsync(async db =>
        {
            var submission = new Submission(initiative, waveId, new Answers(), DateTimeOffset.UtcNow);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        });
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);

        await page.GotoAsync($"/cuestionario/{submissionId}/empresas");
        await TypeIntoAsync(page, "firms_micro", "doce");
        await TypeIntoAsync(page, "firms_small", "3");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#firms_micro-error")).ToContainTextAsync("Microempresas: escriba un número entero");
        await Assertions.Expect(page.Locator("#firms_micro")).ToHaveValueAsync("doce");
        await Assertions.Expect(page.Locator("#firms_small")).ToHaveValueAsync("3");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    private static async Task AnswerAsync(IPage page, QuestionField field, string value)
    {
        switch (field.Kind)
        {
            case FieldKind.Choice or FieldKind.Boolean:
                await ChooseAsync(page, $"{field.Code}-{field.Options[0].Code}", $"{field.Code}-{value}");
                break;
            case FieldKind.MultiChoice:
                foreach (var option in value.Split(';'))
                {
                    await TabToAsync(page, $"{field.Code}-{option}");
                    await page.Keyboard.PressAsync("Space");
                }

                break;
            default:
                await TypeIntoAsync(page, field.Code, value);
                break;
        }
    }

    /// <summary>Presses Tab until the element is focused: proves it is reachable without a mouse.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"#{id} cannot be reached with the Tab key.");
    }

    private static async Task TypeIntoAsync(IPage page, string id, string text)
    {
        await TabToAsync(page, id);
        if (await page.EvaluateAsync<string>("() => document.activeElement.tagName") == "SELECT")
        {
            await page.Keyboard.TypeAsync(text);
            return;
        }

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs into a radio group at its first option, then moves with the arrow keys to the wanted one.</summary>
    private static async Task ChooseAsync(IPage page, string firstOptionId, string wantedId)
    {
        await TabToAsync(page, firstOptionId);
        await page.Keyboard.PressAsync("Space");
        for (var presses = 0; presses < 10 && await page.EvaluateAsync<string?>("() => document.activeElement?.id") != wantedId; presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Assertions.Expect(page.Locator($"#{wantedId}")).ToBeCheckedAsync();
    }

    private static async Task PressOnAsync(IPage page, ILocator button)
    {
        var id = await button.EvaluateAsync<string>("element => element.id || (element.id = 'pressed-' + Math.random().toString(36).slice(2))");
        await TabToAsync(page, id);
        await page.Keyboard.PressAsync("Enter");
    }
}
