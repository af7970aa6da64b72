using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Ssme.Benchmarks;

/// <summary>Entry point; benchmarks are chosen with --filter, "peak-memory N" for the report's peak memory, or "upload-peak-memory csv|xlsx" for the largest upload's, "load" for the portal under load, "profile" for SQL commands and allocations per request.</summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["bare-server", ..])
        {
            await Load.BareServer.RunAsync(args[1..]);
            return;
        }

        if (args is ["load", ..])
        {
            await Load.LoadRun.RunAsync(args[1..], CancellationToken.None);
            return;
        }

        if (args is ["profile", ..])
        {
            await Load.RequestProfile.RunAsync(args[1..], CancellationToken.None);
            return;
        }

        if (args is ["peak-memory", var count])
        {
            // BenchmarkDotNet reports allocations, not the peak: this measures the process's peak working set around one report.
            var input = WaveReportInput.Create(int.Parse(count, CultureInfo.InvariantCulture));
            GC.Collect();
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var watch = Stopwatch.StartNew();
            var bytes = input.Render();
            watch.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} submissions: {bytes / 1024} KB PDF in {watch.ElapsedMilliseconds} ms (first run, JIT included); peak working set {peak / (1024 * 1024)} MB (before rendering {before / (1024 * 1024)} MB)"));
            return;
        }

        if (args is ["upload-peak-memory", var kind])
        {
            var format = Enum.Parse<Ssme.Infrastructure.Exchange.ExchangeFormat>(kind, ignoreCase: true);
            var content = LargestUpload.Create(format);
            GC.Collect();
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var watch = Stopwatch.StartNew();
            var rows = UploadReadBenchmarks.ReadOnce(content, format);
            watch.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} of {content.Length / 1024} KB, {rows} rows read in {watch.ElapsedMilliseconds} ms (first run); peak working set {peak / (1024 * 1024)} MB (before reading {before / (1024 * 1024)} MB)"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
