using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.TestData;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Benchmarks;

/// <summary>The analysts' list of a wave of 10 000 submissions: filtered, sorted and paged by the database.</summary>
public class ReviewListBenchmarks : IDisposable
{
    private const int Submissions = 10_000;
    private const string Password = "Clave-Analista-2025";

    private BenchmarkHost _host = null!;
    private HttpClient _analyst = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SsmeDbContext>();
            var categorizer = scope.ServiceProvider.GetRequiredService<SubmissionCategorizer>();
            var wave = Wave.Create(WaveCode.Parse("LISTA"), "Ola de lista", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
            wave.Open();
            db.Waves.Add(wave);
            await db.SaveChangesAsync();
            var answers = SyntheticAnswers.Create(Submissions);
            var initiatives = answers.Select(item => new Initiative(item.InitiativeName!, Department.FromCode(item.Department!), null)).ToList();
            db.Initiatives.AddRange(initiatives);
            await db.SaveChangesAsync();
            var actor = new Actor("benchmark", "Benchmark");
            for (var i = 0; i < Submissions; i++)
            {
                var submission = new Submission(initiatives[i].Id, wave.Id, answers[i], DateTimeOffset.UtcNow);
                submission.SetStatusByImport(i % 4 == 0 ? SubmissionStatus.Accepted : SubmissionStatus.Submitted, actor, DateTimeOffset.UtcNow, "benchmark");
                categorizer.Refresh(submission, wave);
                db.Submissions.Add(submission);
            }

            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<UserAdministrationHandler>().CreateAccountAsync("analista@carga.test", "Analista", Password, Roles.Analyst, Actor.System, CancellationToken.None);
        }

        _analyst = await _host.SignInAsync("analista@carga.test", Password);
    }

    [Benchmark]
    public Task<string> FirstPageSortedByName() => _analyst.GetStringAsync(new Uri("/revision?ola=LISTA", UriKind.Relative));

    [Benchmark]
    public Task<string> DeepPageSortedByLevelDescending() => _analyst.GetStringAsync(new Uri("/revision?ola=LISTA&orden=Level&desc=true&pagina=300", UriKind.Relative));

    [Benchmark]
    public Task<string> FilteredAndSearched() => _analyst.GetStringAsync(new Uri("/revision?ola=LISTA&departamento=05&estado=Submitted&nivel=2&buscar=iniciativa%201", UriKind.Relative));

    [GlobalCleanup]
    public void Dispose()
    {
        _analyst?.Dispose();
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }
}
