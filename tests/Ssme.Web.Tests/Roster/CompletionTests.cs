using Ssme.Domain.Submissions;
using Ssme.TestData;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>The completion page of a wave (SPEC §10): the roster by status, with last activity and invitation state, filterable and exportable.</summary>
public sealed class CompletionTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_roster_is_counted_and_listed_by_status_filtered_and_exported()
    {
        var wave = await factory.CreateWaveAsync();
        var names = new[] { "Borrador", "Enviada", "Devuelta" }.Select(status => RosterFlow.Unique($"Cluster {status}")).ToArray();
        var answers = SyntheticAnswers.Create(3).Select((item, i) => item with { InitiativeName = names[i], Department = "68" }).ToArray();
        var statuses = new[] { SubmissionStatus.Draft, SubmissionStatus.Submitted, SubmissionStatus.Returned };
        await factory.AddSubmissionsAsync(wave, answers, i => statuses[i]);
        var notStarted = RosterFlow.Unique("Cluster Sin Empezar");
        var admin = await factory.AdminClientAsync();
        await RosterFlow.UploadAsync(admin, wave.Code, "directorio.csv", RosterFlow.Header
            + string.Concat(names.Select((name, i) => $",{name},Santander,Gerente {i},gerente{i}@ssme.test\r\n"))
            + $",{notStarted},Santander,Gerente Nuevo,nuevo@ssme.test\r\n");

        var page = await admin.GetPageAsync($"/convocatoria/avance?ola={wave.Code}");

        string Count(string id) => page.QuerySelector($"#count-{id}")!.TextContent.Trim();
        Assert.Equal("1", Count("not_started"));
        Assert.Equal("1", Count("draft"));
        Assert.Equal("1", Count("submitted"));
        Assert.Equal("1", Count("returned"));
        Assert.Equal("0", Count("accepted"));
        var rows = page.QuerySelectorAll("#completion tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, row => row.Contains(notStarted, StringComparison.Ordinal) && row.Contains("Sin empezar", StringComparison.Ordinal) && row.Contains("Sin invitar", StringComparison.Ordinal));

        var drafts = await admin.GetPageAsync($"/convocatoria/avance?ola={wave.Code}&estado=draft");
        var draftRow = Assert.Single(drafts.QuerySelectorAll("#completion tbody tr"));
        Assert.Contains(names[0], draftRow.TextContent, StringComparison.Ordinal);

        var export = await admin.GetAsync(new Uri(drafts.QuerySelector("a#export")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", export.Headers.CacheControl!.ToString());
        var csv = await export.Content.ReadAsStringAsync();
        Assert.StartsWith("initiative_code,initiative_name,department,manager_name,manager_email,status,last_activity,invitation", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(names[0], csv, StringComparison.Ordinal);
        Assert.DoesNotContain(names[1], csv, StringComparison.Ordinal);
    }
}
