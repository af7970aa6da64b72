using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;

namespace Ssme.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database for the configured provider, data-protection keys in the database and
    /// the audit log. <paramref name="dataFolder"/> holds the default SQLite file.
    /// </summary>
    public static IServiceCollection AddSsmeInfrastructure(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        // Contexts are pooled: every request needs one, and setting a new one up (its services, change
        // tracker and state) cost as much as the query it then ran.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = ResolveSqliteConnectionString(connectionString, dataFolder);
                services.AddDbContextPool<SqliteSsmeDbContext>(builder => builder.UseSqlite(connectionString));
                services.AddScoped<SsmeDbContext>(provider => provider.GetRequiredService<SqliteSsmeDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Ssme is not set.");
                }

                services.AddDbContextPool<SqlServerSsmeDbContext>(builder => builder.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
                services.AddScoped<SsmeDbContext>(provider => provider.GetRequiredService<SqlServerSsmeDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }

        services.AddDataProtection()
            .SetApplicationName("Ssme")
            .PersistKeysToDbContext<SsmeDbContext>();

        services.AddScoped<IAuditLog, DatabaseAuditLog>();
        var emailOptions = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton<IEmailSender>(new SmtpEmailSender(emailOptions, Path.Combine(dataFolder, "mail")));
        return services;
    }

    private static string ResolveSqliteConnectionString(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=ssme.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(dataFolder);
            builder.DataSource = Path.Combine(dataFolder, builder.DataSource);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}
