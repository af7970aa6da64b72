using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Benchmarks.Load;

/// <summary>An open wave and N managers, each with an initiative and no draft yet.</summary>
internal static class LoadSeed
{
    public const string Password = "Clave-Carga-2025";

    public static string Email(int manager) => $"gerente{manager}@carga.test";

    public static async Task SeedAsync(BenchmarkHost host, int managers, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SsmeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministrationHandler>();
        var wave = Wave.Create(WaveCode.Parse("CARGA"), "Ola de carga", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
        wave.Open();
        db.Waves.Add(wave);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < managers; i++)
        {
            var result = await users.CreateAccountAsync(Email(i), $"Gerente {i}", Password, Roles.ClusterManager, Actor.System, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Messages));
            }

            var userId = db.Users.Single(user => user.Email == Email(i)).Id;
            db.Initiatives.Add(new Initiative($"Cluster de carga {i}", Department.FromCode("05"), userId));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
