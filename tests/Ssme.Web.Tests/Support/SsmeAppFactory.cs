using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Tests.Support;

/// <summary>
/// Hosts the real app on its own SQLite database file, migrated at start like a production start.
/// </summary>
public class SsmeAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@ssme.test";
    public const string AdminPassword = "Admin-Clave-2025";

    private readonly Dictionary<string, string?> _settings = [];

    public SsmeAppFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "ssme-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "ssme.db");
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>Overrides a configuration key; call before the first client is created.</summary>
    public SsmeAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Ssme", $"Data Source={DatabasePath}");
        builder.UseSetting("Storage:DataPath", Folder);
        builder.UseSetting("Portal:BaseUrl", "https://localhost/");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Security:SignInPermitsPerMinute", "10000");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Folder, "logs", "ssme-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<SsmeDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SsmeDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind; it must not fail the test.
            }
        }
    }
}
