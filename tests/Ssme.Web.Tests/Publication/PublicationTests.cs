using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.TestData;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Publication;

public sealed class PublicationTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Only_a_closed_wave_is_published_and_its_pdf_never_changes_afterwards()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        await factory.AddSubmissionsAsync(wave, Categorized(12, seed: 160, wave), _ => SubmissionStatus.Accepted);

        var refused = await factory.RunVerbAsync("publish", "--wave", wave.Code);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains($"Solo se publica una ola cerrada; la ola {wave.Code} está abierta.", refused.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.AnonymousClient().GetAsync(new Uri($"/resultados/{wave.Code}/informe.pdf", UriKind.Relative))).StatusCode);

        Assert.Equal(0, (await factory.RunVerbAsync("close-wave", "--code", wave.Code)).ExitCode);
        var published = await factory.RunVerbAsync("publish", "--wave", wave.Code);
        Assert.Equal(0, published.ExitCode);
        var anonymous = factory.AnonymousClient();
        var first = await anonymous.GetAsync(new Uri($"/resultados/{wave.Code}/informe.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Contains(sha, published.Output, StringComparison.Ordinal);
        Assert.Contains(sha, (await anonymous.GetPageAsync($"/resultados/{wave.Code}")).MainText(), StringComparison.Ordinal);

        var later = await factory.CreateWaveAsync(year: 2023);
        await factory.AddSubmissionsAsync(later, Categorized(6, seed: 161, later), _ => SubmissionStatus.Accepted);
        var other = await factory.CreateWaveAsync(year: 2021);
        Assert.Equal(0, (await factory.RunVerbAsync("close-wave", "--code", other.Code)).ExitCode);
        var admin = await factory.AdminClientAsync();
        var waves = await admin.GetPageAsync("/olas");
        await admin.SubmitAsync(waves, $"form:has(input[name=id][value='{other.Id}']):has(input[name=transition][value=Reopen])");
        Assert.Equal(WaveStatus.Open, await factory.WithDbAsync(db => db.Waves.Where(item => item.Id == other.Id).Select(item => item.Status).SingleAsync()));

        var again = await anonymous.GetByteArrayAsync(new Uri($"/resultados/{wave.Code}/informe.pdf", UriKind.Relative));
        Assert.Equal(bytes, again);
    }

    [Fact]
    public async Task The_public_page_and_open_data_show_aggregates_and_no_group_under_five()
    {
        var wave = await factory.CreateWaveAsync(year: 2019, open: false);
        string[] departments = ["05", "05", "05", "05", "05", "05", "05", "11", "11", "11", "66", "66"];
        var answers = Categorized(12, seed: 162, wave).Select((item, i) => item with { Department = departments[i], Macrosector = i < 10 ? Macrosector.Servicios : Macrosector.Manufactura }).ToList();
        await factory.AddSubmissionsAsync(wave, answers, _ => SubmissionStatus.Accepted);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Waves.SingleAsync(item => item.Id == wave.Id);
            stored.Open();
            stored.Close();
            return await db.SaveChangesAsync();
        });
        var admin = await factory.AdminClientAsync();
        var reports = await admin.GetPageAsync("/admin/informes");
        var publishedPage = await (await admin.SubmitAsync(reports, $"form:has(input[name=id][value='{wave.Id}'])")).ReadPageAsync();
        Assert.Contains($"La {wave.Name} quedó publicada", publishedPage.MainText(), StringComparison.Ordinal);
        var anonymous = factory.AnonymousClient();

        var list = await anonymous.GetPageAsync("/resultados");
        var page = await anonymous.GetPageAsync(list.QuerySelectorAll("a").First(a => a.TextContent.Contains(wave.Name, StringComparison.Ordinal)).GetAttribute("href")!);
        var csv = await anonymous.GetStringAsync(new Uri($"/resultados/{wave.Code}/datos.csv", UriKind.Relative));

        var text = page.MainText();
        Assert.Contains($"Resultados de la {wave.Name}", text, StringComparison.Ordinal);
        Assert.Contains("12 iniciativas inscritas", text, StringComparison.Ordinal);
        Assert.Contains("Antioquia 7", text, StringComparison.Ordinal);
        Assert.Contains("Otros departamentos 5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bogotá", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Risaralda", text, StringComparison.Ordinal);
        // Manufactura's 2 are reserved in "Otros"; Servicios' 10 would give them away as 12 − 10, so it is reserved too.
        Assert.Contains("Servicios Reservado", text, StringComparison.Ordinal);
        Assert.Contains("Otros macrosectores Reservado", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Manufactura", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("figure svg"));
        Assert.All(answers, item => Assert.DoesNotContain(item.InitiativeName!, text + csv, StringComparison.Ordinal));

        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
        Assert.Equal(["dimension", "code", "name", "level", "initiatives", "percent", "suppressed"], rows[0]);
        var counts = rows.Skip(1).Where(row => row[4].Length > 0).Select(row => int.Parse(row[4], CultureInfo.InvariantCulture)).ToList();
        Assert.All(counts, count => Assert.True(count is 0 or >= 5, $"Un grupo de {count} iniciativas se publicó."));
        Assert.Contains(rows, row => row is ["department", "05", "Antioquia", "", "7", "", "false"]);
        Assert.Contains(rows, row => row is ["variable", "focus", "Enfoque", "", _, "", "false"]);
        Assert.Contains(rows, row => row is ["participation", "categorized", "Categorizadas", "", "12", "", "false"]);
        Assert.Contains(rows, row => row[0] == "variable" && row[6] == "true" && row[4] == string.Empty);
    }

    [Fact]
    public async Task Reopening_a_published_wave_withdraws_the_publication_and_records_who_did_it()
    {
        var wave = await factory.CreateWaveAsync(year: 2019);
        await factory.AddSubmissionsAsync(wave, Categorized(6, seed: 163, wave), _ => SubmissionStatus.Accepted);
        await factory.RunVerbAsync("close-wave", "--code", wave.Code);
        Assert.Equal(0, (await factory.RunVerbAsync("publish", "--wave", wave.Code)).ExitCode);
        var anonymous = factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri($"/resultados/{wave.Code}", UriKind.Relative))).StatusCode);

        var admin = await factory.AdminClientAsync();
        var waves = await admin.GetPageAsync("/olas");
        await admin.SubmitAsync(waves, $"form:has(input[name=id][value='{wave.Id}']):has(input[name=transition][value=Reopen])");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/resultados/{wave.Code}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/resultados/{wave.Code}/informe.pdf", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/resultados/{wave.Code}/datos.csv", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(wave.Name, (await anonymous.GetPageAsync("/resultados")).MainText(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "PublicationWithdrawn" && entry.EntityId == wave.Code)));
    }

    private static List<Answers> Categorized(int count, int seed, Wave wave) =>
        [.. SyntheticAnswers.Create(count, seed: seed, tag: wave.Code).Select(item => item with { HasPeriodData = true })];
}
