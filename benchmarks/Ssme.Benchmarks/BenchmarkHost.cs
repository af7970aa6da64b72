using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Ssme.Benchmarks;

/// <summary>The app in-process on its own SQLite file, as in production but without Kestrel.</summary>
internal sealed partial class BenchmarkHost(string? folder = null) : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file the app uses; the load run seeds it here and then serves it from a separate process.</summary>
    public string DatabasePath => Path.Combine(_folder, "ssme.db");

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var page = await client.GetStringAsync(new Uri("/cuenta/ingresar", UriKind.Relative));
        using var response = await client.PostAsync(new Uri("/cuenta/ingresar", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Sign-in failed for {email}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    public static partial Regex Token();

    private readonly string _folder = folder ?? Path.Combine(Path.GetTempPath(), "ssme-benchmark", Guid.NewGuid().ToString("N"));
    private readonly bool _ownsFolder = folder is null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Ssme", $"Data Source={DatabasePath}");
        builder.UseSetting("Storage:DataPath", _folder);
        builder.UseSetting("Admin:Email", "admin@carga.test");
        builder.UseSetting("Admin:Password", "Admin-Carga-2025");
        builder.UseSetting("Security:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Portal:BaseUrl", "https://localhost/");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "ssme-.log"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
