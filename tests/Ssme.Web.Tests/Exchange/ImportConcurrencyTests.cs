using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Exchange;
using Ssme.TestData;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Tests.Questionnaires;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

/// <summary>SPEC §11: managers' draft saves never fail because an import runs; they may wait a few seconds.</summary>
public sealed class ImportConcurrencyTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_database_file_made_elsewhere_is_switched_to_write_ahead_mode_at_start()
    {
        using var portal = new SsmeAppFactory();
        await using (var connection = new SqliteConnection($"Data Source={portal.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE Hecho(Id INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        _ = portal.Server;

        var mode = await portal.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(mode), ignoreCase: true);
    }

    [Fact]
    public async Task A_draft_save_while_a_large_import_writes_succeeds_and_keeps_the_typed_values()
    {
        var source = await factory.CreateWaveAsync();
        await factory.AddSubmissionsAsync(source, SyntheticAnswers.Create(800, seed: 3, tag: source.Code), _ => SubmissionStatus.Draft);
        byte[] file;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            using var buffer = new MemoryStream();
            await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ExportAsync(source, ExchangeFormat.Csv, buffer, CancellationToken.None);
            file = buffer.ToArray();
        }

        var target = await factory.CreateWaveAsync();
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster Concurrente " + target.Code);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, target.Id);
        var import = Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            using var input = new MemoryStream(file);
            return await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ImportAsync(target, new ImportSource(input, ExchangeFormat.Csv, "ola.csv"), Actor.System, confirmedFingerprint: null, CancellationToken.None);
        });

        var saves = new List<HttpStatusCode>();
        var typed = 0;
        do
        {
            typed++;
            var response = await QuestionnaireFlow.SaveAsync(manager, submissionId, "empresas", new Dictionary<string, string?> { ["firms_micro"] = typed.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            saves.Add(response.StatusCode);
        }
        while (!import.IsCompleted);

        var imported = await import;
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.All(saves, status => Assert.Equal(HttpStatusCode.OK, status));
        var stored = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId));
        Assert.Equal(typed, stored.Answers.FirmsMicro);
        Assert.Equal(801, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.WaveId == target.Id)));
    }
}
