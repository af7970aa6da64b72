using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Web.Composition;

public static partial class DatabaseInitializer
{
    /// <summary>
    /// Prepares the database and creates the first administrator from
    /// <c>Admin:Email</c>/<c>Admin:Password</c>. In Development with none configured, it generates
    /// one and prints its credentials once; elsewhere there is never a default password.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.PrepareDatabaseAsync(cancellationToken);
        await scope.ServiceProvider.EnsureFirstAdministratorAsync(environment, cancellationToken);
    }

    /// <summary>Applies the migrations and makes sure the roles exist: what every start and every command verb needs.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider provider, CancellationToken cancellationToken)
    {
        var db = provider.GetRequiredService<SsmeDbContext>();
        // Migrate also diffs the whole model against the last migration and takes a lock; on an
        // up-to-date database (every start but the first after an upgrade) one read of the history says so.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while an import writes; it is a property of the file, so a copied-in file gets it too.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var existing = await db.Roles.AsNoTracking().Select(role => role.Name).ToListAsync(cancellationToken);
        var missing = Roles.All.Where(role => !existing.Contains(role)).ToList();
        if (missing.Count > 0)
        {
            var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in missing)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static async Task EnsureFirstAdministratorAsync(this IServiceProvider provider, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var db = provider.GetRequiredService<SsmeDbContext>();
        var hasAdmin = await (
            from membership in db.UserRoles
            join role in db.Roles on membership.RoleId equals role.Id
            where role.Name == Roles.Admin
            select membership).AnyAsync(cancellationToken);
        if (hasAdmin)
        {
            return;
        }

        var configuration = provider.GetRequiredService<IConfiguration>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        var generated = false;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            if (!environment.IsDevelopment())
            {
                LogNoAdmin(logger);
                return;
            }

            email = "admin@ssme.local";
            password = GeneratePassword();
            generated = true;
        }

        var administration = provider.GetRequiredService<UserAdministrationHandler>();
        var result = await administration.CreateAccountAsync(email, "Administrador SSME", password, Roles.Admin, Actor.System, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The first administrator could not be created: {string.Join(" ", result.Messages)}");
        }

        if (generated)
        {
            // Printed to the console on purpose, once: this is the only way to learn a generated password.
            Console.WriteLine($"Administrador inicial creado. Correo: {email}  Contraseña: {password}  (cámbiela después de ingresar)");
        }
    }

    // The fixed prefix guarantees the upper case, lower case and digit the password policy demands.
    private static string GeneratePassword() =>
        "Ssme" + RandomNumberGenerator.GetInt32(1000, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture) +
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', 'x').Replace('/', 'y');

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists and Admin:Email/Admin:Password are not set; create one with the create-admin command.")]
    private static partial void LogNoAdmin(ILogger logger);
}
