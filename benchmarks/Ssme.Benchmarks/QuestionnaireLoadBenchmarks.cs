using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Benchmarks;

/// <summary>
/// Concurrent managers on the real app (in-process host, SQLite file): each opens a questionnaire
/// section and saves it, antiforgery token and concurrency version included. One operation = one
/// manager's page view plus draft save.
/// </summary>
public partial class QuestionnaireLoadBenchmarks : IDisposable
{
    private const string Password = "Clave-Carga-2025";

    private BenchmarkHost _host = null!;
    private readonly List<(HttpClient Client, int SubmissionId)> _managers = [];
    private int _round;

    [Params(20)]
    public int ConcurrentManagers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SsmeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministrationHandler>();
        var wave = Wave.Create(WaveCode.Parse("CARGA"), "Ola de carga", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
        wave.Open();
        db.Waves.Add(wave);
        await db.SaveChangesAsync();
        for (var i = 0; i < ConcurrentManagers; i++)
        {
            var email = $"gerente{i}@carga.test";
            await users.CreateAccountAsync(email, $"Gerente {i}", Password, Roles.ClusterManager, Actor.System, CancellationToken.None);
            var userId = db.Users.Single(user => user.Email == email).Id;
            var initiative = new Initiative($"Cluster de carga {i}", Department.FromCode("05"), userId);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            var submission = new Submission(initiative.Id, wave.Id, new Answers { InitiativeName = initiative.Name, Department = "05" }, DateTimeOffset.UtcNow);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            _managers.Add((await _host.SignInAsync(email, Password), submission.Id));
        }
    }

    [Benchmark(OperationsPerInvoke = 20)]
    public async Task OpenAndSaveSectionConcurrently()
    {
        var round = Interlocked.Increment(ref _round);
        var saves = await Task.WhenAll(_managers.Select(manager => OpenAndSaveAsync(manager.Client, manager.SubmissionId, round)));
        if (saves.Any(status => status != HttpStatusCode.Redirect))
        {
            throw new InvalidOperationException("A draft save did not succeed: " + string.Join(", ", saves));
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        foreach (var (client, _) in _managers)
        {
            client.Dispose();
        }

        _host?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<HttpStatusCode> OpenAndSaveAsync(HttpClient client, int submissionId, int round)
    {
        var url = new Uri($"/cuestionario/{submissionId}/empresas", UriKind.Relative);
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BenchmarkHost.Token().Match(page).Groups[1].Value,
            ["version"] = Version().Match(page).Groups[1].Value,
            ["firms_micro"] = (round % 500).ToString(CultureInfo.InvariantCulture),
            ["firms_small"] = "12",
            ["firms_medium"] = "3",
            ["firms_large"] = "1",
            ["firms_active"] = "10",
        };
        using var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex Version();
}
