using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Benchmarks;

/// <summary>
/// The four sign-in refusals side by side (SPEC §11: timing must not tell whether an account exists).
/// Their means should match within the noise; before the fix an unknown e-mail answered in 3 ms
/// against 195 ms for an existing one. One operation = one POST of the real sign-in form.
/// </summary>
public class SignInTimingBenchmarks : IDisposable
{
    private const string Password = "Clave-Tiempo-2025";

    private BenchmarkHost _host = null!;
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;
    private string _token = string.Empty;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost();
        // Lockout stays on, but far away, so the wrong-password case keeps measuring a wrong password.
        _app = _host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<IdentityOptions>(options => options.Lockout.MaxFailedAccessAttempts = int.MaxValue)));
        await using var scope = _app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministrationHandler>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var email in new[] { "conocida@tiempo.test", "bloqueada@tiempo.test", "sin-confirmar@tiempo.test" })
        {
            await administration.CreateAccountAsync(email, "Persona", Password, Roles.Analyst, Actor.System, CancellationToken.None);
        }

        await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("bloqueada@tiempo.test"))!, DateTimeOffset.MaxValue);
        var unconfirmed = (await users.FindByEmailAsync("sin-confirmar@tiempo.test"))!;
        unconfirmed.EmailConfirmed = false;
        await users.UpdateAsync(unconfirmed);

        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var page = await _client.GetStringAsync(new Uri("/cuenta/ingresar", UriKind.Relative));
        _token = BenchmarkHost.Token().Match(page).Groups[1].Value;
    }

    [Benchmark(Baseline = true)]
    public Task UnknownEmail() => RefusedAsync("nadie@tiempo.test", Password);

    [Benchmark]
    public Task WrongPassword() => RefusedAsync("conocida@tiempo.test", "Incorrecta-2025");

    [Benchmark]
    public Task LockedAccount() => RefusedAsync("bloqueada@tiempo.test", Password);

    [Benchmark]
    public Task UnconfirmedAccount() => RefusedAsync("sin-confirmar@tiempo.test", Password);

    private async Task RefusedAsync(string email, string password)
    {
        using var response = await _client.PostAsync(new Uri("/cuenta/ingresar", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = _token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode} instead of the refusal.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _client?.Dispose();
        _app?.Dispose();
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }
}
