using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Ssme.Benchmarks;

/// <summary>Entry point; benchmarks are chosen with --filter, or "peak-memory N" for the report's peak memory.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
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

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
