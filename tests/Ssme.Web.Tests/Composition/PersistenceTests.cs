using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

public sealed class PersistenceTests
{
    [Fact]
    public async Task The_database_refuses_a_second_submission_for_one_initiative_and_wave()
    {
        using var factory = new SsmeAppFactory();
        _ = factory.Server;
        var (initiativeId, waveId) = await factory.WithDbAsync(async db =>
        {
            var wave = Wave.Create(WaveCode.Parse("IV"), "IV Ola", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1));
            var initiative = new Initiative("Cluster de Café de Risaralda", Department.FromCode("66"), null);
            db.AddRange(wave, initiative);
            await db.SaveChangesAsync();
            db.Submissions.Add(new Submission(initiative.Id, wave.Id, new Answers(), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (initiative.Id, wave.Id);
        });

        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.Submissions.Add(new Submission(initiativeId, waveId, new Answers(), DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("UNIQUE", exception.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.InitiativeId == initiativeId && s.WaveId == waveId)));
    }

    [Fact]
    public async Task Answers_survive_a_round_trip_through_the_database()
    {
        using var factory = new SsmeAppFactory();
        _ = factory.Server;
        var answers = new Answers
        {
            InitiativeName = "Cluster Lácteo de Nariño",
            Department = "52",
            ManagingEntityType = ManagingEntityType.CamaraComercio,
            HasPeriodData = true,
            FocusInterclusterPct = new Domain.Common.Percent(45.5m),
            OpexFirmsCop = new Domain.Common.Cop(1_250_000m),
            Strategy = StrategyStatus.Outdated,
            ImpactsBusiness = BusinessImpacts.Idi | BusinessImpacts.Productividad,
        };

        var id = await factory.WithDbAsync(async db =>
        {
            var wave = Wave.Create(WaveCode.Parse("V"), "V Ola", 2026, new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1));
            var initiative = new Initiative("Cluster Lácteo de Nariño", Department.FromCode("52"), null);
            db.AddRange(wave, initiative);
            await db.SaveChangesAsync();
            var submission = new Submission(initiative.Id, wave.Id, answers, DateTimeOffset.UtcNow);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        });

        var stored = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(45.5m, stored.Answers.FocusInterclusterPct!.Value.Value);
        Assert.Equal(1_250_000m, stored.Answers.OpexFirmsCop!.Value.Amount);
        Assert.Equal(StrategyStatus.Outdated, stored.Answers.Strategy);
        Assert.Equal(BusinessImpacts.Idi | BusinessImpacts.Productividad, stored.Answers.ImpactsBusiness);
        Assert.Equal(ManagingEntityType.CamaraComercio, stored.Answers.ManagingEntityType);
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_unreachable()
    {
        using var factory = new SsmeAppFactory();
        var client = factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
        Directory.CreateDirectory(factory.DatabasePath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited()
    {
        using var factory = new SsmeAppFactory().With("Security:SignInPermitsPerMinute", "3");
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/ingresar");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = "nadie@ssme.test", ["Input.Password"] = "x" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
