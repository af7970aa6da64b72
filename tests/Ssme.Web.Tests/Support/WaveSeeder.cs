using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Tests.Support;

/// <summary>Builds a wave with initiatives and submissions through the domain, as years of use would leave them.</summary>
public static class WaveSeeder
{
    private static readonly Actor Seeder = new("seeder", "Carga de prueba");

    // Codes are unique in a database; a counter, unlike a random number, never repeats one within a run.
    private static int _lastCode = 10000;

    /// <summary>A wave code no other wave of this test run has.</summary>
    public static string NewCode(string prefix = "W") =>
        prefix + Interlocked.Increment(ref _lastCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Wave> CreateWaveAsync(this SsmeAppFactory factory, string? code = null, int year = 2025, bool open = true)
    {
        code ??= NewCode();
        return await factory.WithDbAsync(async db =>
        {
            var wave = Wave.Create(WaveCode.Parse(code), $"Ola {code}", year, new DateOnly(year + 1, 2, 1), new DateOnly(year + 1, 3, 31));
            if (open)
            {
                wave.Open();
            }

            db.Waves.Add(wave);
            await db.SaveChangesAsync();
            return wave;
        });
    }

    /// <summary>Adds one submission per answers, in the status given (default Submitted), creating its initiative.</summary>
    public static async Task<IReadOnlyList<int>> AddSubmissionsAsync(this SsmeAppFactory factory, Wave wave, IEnumerable<Answers> answers, Func<int, SubmissionStatus>? statusOf = null, string? managerUserId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SsmeDbContext>();
        var categorizer = scope.ServiceProvider.GetRequiredService<SubmissionCategorizer>();
        var submissions = new List<Submission>();
        var index = 0;
        foreach (var item in answers)
        {
            var initiative = new Initiative(item.InitiativeName ?? $"Iniciativa {Guid.NewGuid():N}", Department.FromCode(item.Department ?? "05"), managerUserId);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            var submission = new Submission(initiative.Id, wave.Id, item, DateTimeOffset.UtcNow);
            submission.SetStatusByImport(statusOf?.Invoke(index) ?? SubmissionStatus.Submitted, Seeder, DateTimeOffset.UtcNow, "Carga de prueba");
            categorizer.Refresh(submission, wave);
            db.Submissions.Add(submission);
            submissions.Add(submission);
            index++;
        }

        await db.SaveChangesAsync();
        return submissions.Select(submission => submission.Id).ToList();
    }
}
