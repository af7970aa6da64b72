using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Tests.Skeleton;

/// <summary>Runs the built web app as a command, the way automation calls it.</summary>
public sealed class CommandVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssme-cli-tests", Guid.NewGuid().ToString("N"));

    public CommandVerbTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "ssme.db");

    [Fact]
    public async Task Migrate_create_admin_and_create_wave_work_and_report_failures_in_one_line()
    {
        var migrate = await RunAsync("migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Error);

        var admin = await RunAsync("create-admin", "--email", "jefe@ssme.test", "--password", "Jefe-Clave-2025");
        Assert.Equal(0, admin.ExitCode);

        var wave = await RunAsync("create-wave", "--code", "IV", "--name", "IV Ola", "--period-year", "2025", "--opens", "2026-02-01", "--closes", "2026-03-31", "--open");
        Assert.Equal(0, wave.ExitCode);

        var duplicate = await RunAsync("create-wave", "--code", "IV", "--name", "IV Ola", "--period-year", "2025", "--opens", "2026-02-01", "--closes", "2026-03-31");
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("Ya existe una ola con el código «IV».", duplicate.Error, StringComparison.Ordinal);
        Assert.Single(duplicate.Error.Trim().Split('\n'));

        var badDate = await RunAsync("create-wave", "--code", "V", "--name", "V Ola", "--period-year", "2026", "--opens", "01/02/2027", "--closes", "2027-03-31");
        Assert.NotEqual(0, badDate.ExitCode);
        Assert.Contains("--opens debe ser una fecha AAAA-MM-DD", badDate.Error, StringComparison.Ordinal);

        await using var db = new SqliteSsmeDbContext(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);
        var stored = await db.Waves.SingleAsync();
        Assert.Equal(("IV", WaveStatus.Open, 2025), (stored.Code, stored.Status, stored.PeriodYear));
        Assert.True(await db.Users.AnyAsync(user => user.Email == "jefe@ssme.test"));
    }

    [Fact]
    public async Task Import_and_export_verbs_move_a_wave_through_files()
    {
        Assert.Equal(0, (await RunAsync("create-wave", "--code", "III", "--name", "III Ola", "--period-year", "2019", "--opens", "2020-10-23", "--closes", "2020-11-25")).ExitCode);
        var csv = Path.Combine(_folder, "ola.csv");
        await File.WriteAllTextAsync(csv, "initiative_name,department,has_period_data,firms_micro,firms_active,status\r\nCluster de Cuero,Antioquia,false,10,4,Draft\r\n", new System.Text.UTF8Encoding(true));
        var bad = Path.Combine(_folder, "mala.csv");
        await File.WriteAllTextAsync(bad, "initiative_name,department,firms_micro,firms_active,status\r\nCluster Malo,05,1,4,Draft\r\n");

        var imported = await RunAsync("import", "--wave", "III", csv);
        var refused = await RunAsync("import", "--wave", "III", bad);
        var xlsx = Path.Combine(_folder, "ola.xlsx");
        var exported = await RunAsync("export", "--wave", "III", "--out", xlsx);
        var unknownWave = await RunAsync("export", "--wave", "XX", "--out", xlsx);

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("1 cuestionario(s) creados", imported.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Fila 2, columna firms_active", refused.Output, StringComparison.Ordinal);
        Assert.Contains("No se importó ninguna fila", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.NotEqual(0, unknownWave.ExitCode);
        Assert.Contains("No existe una ola con el código «XX».", unknownWave.Error, StringComparison.Ordinal);

        var reference = Path.Combine(_folder, "referencia.csv");
        await File.WriteAllTextAsync(reference, "department,year,occupied_population,registered_firms\r\nAntioquia,2019,3067094,197044\r\n");
        var pdf = Path.Combine(_folder, "informe.pdf");
        var ficha = Path.Combine(_folder, "ficha.pdf");
        var referenceImport = await RunAsync("import", "--reference", reference);
        var report = await RunAsync("report", "--wave", "III", "--out", pdf);
        var initiativeReport = await RunAsync("report", "--wave", "III", "--initiative", "cluster de cuero", "--out", ficha);
        var missing = await RunAsync("report", "--wave", "III", "--initiative", "Cluster Inexistente", "--out", ficha);

        Assert.True(referenceImport.ExitCode == 0, referenceImport.Error);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));
        Assert.True(initiativeReport.ExitCode == 0, initiativeReport.Error);
        Assert.True(new FileInfo(ficha).Length > 0);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no tiene un cuestionario de la iniciativa «Cluster Inexistente»", missing.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
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
        start.Environment["ConnectionStrings__Ssme"] = $"Data Source={DatabasePath}";
        start.Environment["Storage__DataPath"] = _folder;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_folder, "logs", "ssme-.log");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
