using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.CommandLine;

public sealed class CommandLineTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssme-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        var run = await factory.RunVerbAsync("cerrar-ola", "--code", "IV");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("«cerrar-ola» no es un comando del SSME", run.Error, StringComparison.Ordinal);
        Assert.Contains("close-wave --code C", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The one test through a real process: the published entry point runs verbs, not the web server,
    /// an import (which e-mails managers a link to their questionnaire) finds the portal's pages, and
    /// the log goes to the data folder, not to the folder the command was started from.
    /// </summary>
    [Fact]
    public async Task The_built_app_runs_verbs_as_a_process_imports_a_file_and_refuses_an_unknown_verb()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "ola.csv");
        await File.WriteAllTextAsync(file, "initiative_name,department,has_period_data,status\r\nCluster de Cacao,Huila,false,Draft\r\n");

        var migrate = await RunProcessAsync("migrate");
        var unknown = await RunProcessAsync("cerrar-ola");
        var created = await RunProcessAsync("create-wave", "--code", "T", "--name", "Ola T", "--period-year", "2025", "--opens", "2026-02-01", "--closes", "2026-03-31", "--open");
        var imported = await RunProcessAsync("import", "--wave", "T", file);

        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.Contains("Base de datos actualizada.", migrate.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "ssme.db")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no es un comando del SSME", unknown.Error, StringComparison.Ordinal);
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("1 cuestionario(s) creados", imported.Output, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_folder, "logs"), "ssme-*.log"));
        Assert.False(Directory.Exists(Path.Combine(StartedFrom, "App_Data")), "A verb wrote its log in the folder it was started from.");
    }

    private string StartedFrom => Path.Combine(_folder, "started-here");

    private async Task<VerbRun> RunProcessAsync(params string[] arguments)
    {
        Directory.CreateDirectory(StartedFrom);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = StartedFrom,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Ssme"] = $"Data Source={Path.Combine(_folder, "ssme.db")}";
        start.Environment["Storage__DataPath"] = _folder;
        start.Environment["Portal__BaseUrl"] = "http://localhost:5080/";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"«{string.Join(' ', arguments)}» did not end within two minutes (did it start the web server?).");
        }

        return new VerbRun(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
