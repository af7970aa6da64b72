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
}
