using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Waves;

public sealed class WaveAdministrationTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static string NewCode() => WaveSeeder.NewCode("T");

    private static async Task<HttpResponseMessage> CreateWaveAsync(HttpClient client, string code, string year = "2025", string opens = "2026-02-01", string closes = "2026-03-15")
    {
        var form = await client.GetPageAsync("/olas/nueva");
        return await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.Code"] = code,
            ["Form.Name"] = $"Ola {code}",
            ["Form.PeriodYear"] = year,
            ["Form.OpensOn"] = opens,
            ["Form.ClosesOn"] = closes,
        });
    }

    /// <summary>Presses the wave's button; closing goes through its confirmation page, as a person must.</summary>
    private static async Task<HttpResponseMessage> TransitionAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument list, int waveId, string transition)
    {
        var id = waveId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = transition == "Close" ? await client.GetPageAsync($"/olas/{id}/cerrar") : list;
        return await client.SubmitAsync(page, "form[action*='Transition']", new Dictionary<string, string?> { ["id"] = id, ["transition"] = transition });
    }

    [Fact]
    public async Task An_admin_creates_and_opens_a_wave_through_the_pages()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();

        var created = await CreateWaveAsync(client, code);
        var list = await created.ReadPageAsync();
        Assert.Contains($"La ola {code} fue creada.", list.MainText(), StringComparison.Ordinal);
        var wave = await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Code == code));
        Assert.Equal(WaveStatus.Draft, wave.Status);
        Assert.Equal("ssme-2020", wave.MethodologyVersion);

        var opened = await TransitionAsync(client, list, wave.Id, "Open");

        Assert.Contains("La ola quedó abierta", (await opened.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(WaveStatus.Open, (await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Code == code))).Status);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "WaveOpen" && entry.EntityId == code)));
    }

    [Fact]
    public async Task Closing_a_closed_wave_is_refused_with_a_spanish_message()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();
        var list = await (await CreateWaveAsync(client, code)).ReadPageAsync();
        var waveId = await factory.WithDbAsync(db => db.Waves.Where(w => w.Code == code).Select(w => w.Id).SingleAsync());
        list = await (await TransitionAsync(client, list, waveId, "Open")).ReadPageAsync();
        list = await (await TransitionAsync(client, list, waveId, "Close")).ReadPageAsync();
        Assert.Equal(WaveStatus.Closed, (await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Id == waveId))).Status);

        var again = await TransitionAsync(client, list, waveId, "Close");

        Assert.Contains($"La ola {code} ya está cerrada.", (await again.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(WaveStatus.Closed, (await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Id == waveId))).Status);
    }

    [Fact]
    public async Task Closing_asks_for_confirmation_on_a_page_that_says_what_freezes()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();
        var list = await (await CreateWaveAsync(client, code)).ReadPageAsync();
        var waveId = await factory.WithDbAsync(db => db.Waves.Where(w => w.Code == code).Select(w => w.Id).SingleAsync());
        list = await (await TransitionAsync(client, list, waveId, "Open")).ReadPageAsync();

        Assert.Null(list.QuerySelector($"form[action*='Transition']:has(input[name=transition][value=Close]):has(input[value='{waveId}'])"));
        var confirm = await client.GetPageAsync(list.QuerySelector($"a[href='/olas/{waveId}/cerrar']")!.GetAttribute("href")!);

        Assert.Contains("ningún gerente, analista ni importación podrá cambiar", confirm.MainText(), StringComparison.Ordinal);
        Assert.Equal(WaveStatus.Open, (await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Id == waveId))).Status);
    }

    [Fact]
    public async Task A_closed_wave_can_be_reopened()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();
        var list = await (await CreateWaveAsync(client, code)).ReadPageAsync();
        var waveId = await factory.WithDbAsync(db => db.Waves.Where(w => w.Code == code).Select(w => w.Id).SingleAsync());
        list = await (await TransitionAsync(client, list, waveId, "Open")).ReadPageAsync();
        list = await (await TransitionAsync(client, list, waveId, "Close")).ReadPageAsync();

        await TransitionAsync(client, list, waveId, "Reopen");

        Assert.Equal(WaveStatus.Open, (await factory.WithDbAsync(db => db.Waves.SingleAsync(w => w.Id == waveId))).Status);
    }

    [Fact]
    public async Task A_bad_wave_form_names_the_problem_and_keeps_what_was_typed()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();

        var response = await CreateWaveAsync(client, code, year: "2025", opens: "2026-03-15", closes: "2026-02-01");
        var page = await response.ReadPageAsync();

        Assert.Contains("La fecha de cierre no puede ser anterior a la fecha de apertura.", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(code, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_Code")!.Value);
        Assert.Equal($"Ola {code}", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_Name")!.Value);
        Assert.False(await factory.WithDbAsync(db => db.Waves.AnyAsync(w => w.Code == code)));
    }

    [Fact]
    public async Task A_duplicate_wave_code_is_refused()
    {
        var client = await factory.AdminClientAsync();
        var code = NewCode();
        await CreateWaveAsync(client, code);

        var response = await CreateWaveAsync(client, code);

        Assert.Contains($"Ya existe una ola con el código «{code}».", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
    }
}
