using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

/// <summary>A refused form lists its problems linked to their fields and shows each one beside its field.</summary>
public sealed class FormErrorTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Registration_errors_link_to_their_fields_and_stand_beside_them()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");

        var page = await (await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = string.Empty,
            ["Form.Email"] = "no-es-un-correo",
        })).ReadPageAsync();

        var link = page.QuerySelector("#errores a[href='#Form_DisplayName']");
        Assert.NotNull(link);
        Assert.Equal("Nombre completo: es obligatorio.", link.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#Form_DisplayName"));
        Assert.Equal("Nombre completo: es obligatorio.", page.QuerySelector("[data-valmsg-for='Form.DisplayName']")!.TextContent.Trim());
        Assert.Equal("Correo electrónico: no tiene un formato válido.", page.QuerySelector("[data-valmsg-for='Form.Email']")!.TextContent.Trim());
        Assert.Equal("no-es-un-correo", page.QuerySelector("#Form_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_duplicate_wave_code_is_shown_beside_the_code()
    {
        var code = WaveSeeder.NewCode("F");
        await factory.CreateWaveAsync(code: code);
        var admin = await factory.AdminClientAsync();
        var form = await admin.GetPageAsync("/olas/nueva");

        var page = await (await admin.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.Code"] = code,
            ["Form.Name"] = "Otra ola",
            ["Form.PeriodYear"] = "2025",
            ["Form.OpensOn"] = "2026-02-01",
            ["Form.ClosesOn"] = "2026-03-01",
        })).ReadPageAsync();

        Assert.NotNull(page.QuerySelector("#errores a[href='#Form_Code']"));
        Assert.Contains($"Ya existe una ola con el código «{code}».", page.QuerySelector("[data-valmsg-for='Form.Code']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_in_Mi_cuenta_links_to_the_field_and_stands_beside_it()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAccountAsync(Roles.Analyst));
        var form = await client.GetPageAsync("/cuenta/mi-cuenta");

        var page = await (await client.SubmitAsync(form, "#password-form", new Dictionary<string, string?>
        {
            ["Password.Current"] = "no-es-la-clave-1",
            ["Password.New"] = "Otra-Clave-Nueva-2026",
            ["Password.Confirm"] = "Otra-Clave-Nueva-2026",
        })).ReadPageAsync();

        AssertLinkedBeside(page, "Password.Current", "Contraseña actual: no es correcta.");
    }

    [Fact]
    public async Task Sign_in_problems_use_the_linked_summary_and_a_refusal_names_no_field()
    {
        var client = factory.CreateClient();

        var empty = await (await client.SubmitAsync(await client.GetPageAsync("/cuenta/ingresar"), "main form", new Dictionary<string, string?>
        {
            ["Input.Email"] = string.Empty,
            ["Input.Password"] = "algo",
        })).ReadPageAsync();
        AssertLinkedBeside(empty, "Input.Email", "Escriba su correo electrónico.");

        var refused = await (await client.SubmitSignInAsync($"nadie-{Guid.NewGuid():N}@ssme.test", "No-Es-La-Clave-1")).ReadPageAsync();
        var summary = refused.QuerySelector("#errores");
        Assert.NotNull(summary);
        Assert.Contains("Correo o contraseña incorrectos", summary.TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("a"));
        Assert.DoesNotContain("No se pudo completar la operación", refused.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_account_without_a_name_links_to_the_name()
    {
        var admin = await factory.AdminClientAsync();
        var form = await admin.GetPageAsync("/admin/usuarios/nueva");

        var page = await (await admin.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = string.Empty,
            ["Form.Email"] = "nueva@ssme.test",
        })).ReadPageAsync();

        AssertLinkedBeside(page, "Form.DisplayName", "El nombre es obligatorio.");
        Assert.Equal("nueva@ssme.test", page.QuerySelector("#Form_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_password_that_does_not_match_links_to_the_confirmation()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/restablecer-contrasena?code=abc&email=alguien%40ssme.test");

        var page = await (await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Password"] = "Una-Clave-Nueva-2026",
            ["ConfirmPassword"] = "Otra-Clave-Nueva-2026",
        })).ReadPageAsync();

        AssertLinkedBeside(page, "ConfirmPassword", "La confirmación no coincide con la contraseña nueva.");
    }

    [Theory]
    [InlineData("/cuenta/reenviar-confirmacion")]
    [InlineData("/cuenta/olvide-mi-contrasena")]
    public async Task A_malformed_address_links_to_the_address(string path)
    {
        var client = factory.CreateClient();

        var page = await (await client.SubmitAsync(await client.GetPageAsync(path), "main form", new Dictionary<string, string?> { ["Email"] = "no-es-un-correo" })).ReadPageAsync();

        AssertLinkedBeside(page, "Email", "Correo electrónico: no tiene un formato válido.");
        Assert.Equal("no-es-un-correo", page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_wrong_enrolment_code_links_to_the_code()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAccountAsync(Roles.Analyst));
        var form = await client.GetPageAsync(TestAccounts.EnrolmentPath);

        var page = await (await client.SubmitAsync(form, "#authenticator-form", new Dictionary<string, string?> { ["Code"] = "000000" })).ReadPageAsync();

        Assert.NotNull(page.QuerySelector("#errores a[href='#Code']"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Code']")?.TextContent));
    }

    [Fact]
    public async Task An_import_without_a_file_links_to_the_file_box()
    {
        var code = WaveSeeder.NewCode("F");
        await factory.CreateWaveAsync(code: code);
        var admin = await factory.AdminClientAsync();
        var form = await admin.GetPageAsync("/revision/importar");

        var page = await (await admin.SubmitAsync(form, "main form[enctype]", new Dictionary<string, string?> { ["ola"] = code })).ReadPageAsync();

        Assert.NotNull(page.QuerySelector("#errores a[href='#file']"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='file']")?.TextContent));
    }

    [Fact]
    public async Task Reassigning_an_initiative_to_an_unknown_address_links_to_that_rows_box()
    {
        var (_, _) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster Reasignable " + Guid.NewGuid().ToString("N")[..6]);
        var admin = await factory.AdminClientAsync();
        var list = await admin.GetPageAsync("/admin/iniciativas?buscar=Reasignable");
        var initiativeId = list.QuerySelector("main tbody input[name=id]")!.GetAttribute("value");
        var unknown = $"nadie-{Guid.NewGuid():N}@ssme.test";

        var page = await (await admin.SubmitAsync(list, $"form:has(input[name=id][value='{initiativeId}'])", new Dictionary<string, string?> { ["email"] = unknown })).ReadPageAsync();

        Assert.NotNull(page.QuerySelector($"#errores a[href='#email-{initiativeId}']"));
        Assert.Contains(unknown, page.QuerySelector($"[data-valmsg-for='email-{initiativeId}']")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(unknown, page.QuerySelector($"#email-{initiativeId}")!.GetAttribute("value"));
    }

    private static void AssertLinkedBeside(AngleSharp.Html.Dom.IHtmlDocument page, string field, string message)
    {
        var id = field.Replace('.', '_');
        var link = page.QuerySelector($"#errores a[href='#{id}']");
        Assert.True(link is not null, $"No summary link to #{id}: {page.QuerySelector("#errores")?.TextContent}");
        Assert.Equal(message, link.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#{id}"));
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim());
    }
}
