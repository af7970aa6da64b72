using System.Diagnostics;
using System.Globalization;

namespace Ssme.Benchmarks.Load;

/// <summary>
/// What one kind of request did during a measured period, and the server's CPU time per request of
/// that period (every kind of the period together): unlike throughput, it barely moves when other
/// work shares the machine.
/// </summary>
internal sealed record Figures(string What, int Requests, int Errors, double Seconds, double P50Milliseconds, double P99Milliseconds, double ServerCpuMicroseconds)
{
    public double PerSecond => Requests / Seconds;

    public string Row(Figures bare) => string.Create(CultureInfo.InvariantCulture,
        $"| {What} | {PerSecond:F0} | {PerSecond / bare.PerSecond:P1} | {P50Milliseconds:F1} | {P99Milliseconds:F1} | {Errors} | {ServerCpuMicroseconds:F0} | {bare.ServerCpuMicroseconds / ServerCpuMicroseconds:P1} |");
}

/// <summary>Times one worker's requests by kind (a worker may send several kinds in one iteration).</summary>
internal sealed class Recorder
{
    private readonly Dictionary<string, (List<double> Latencies, int Errors)> _kinds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (List<double> Latencies, int Errors)> Kinds => _kinds;

    public async Task<T> TimeAsync<T>(string kind, Func<Task<T>> request, Func<T, bool> succeeded)
    {
        var started = Stopwatch.GetTimestamp();
        T result;
        try
        {
            result = await request();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Add(kind, Stopwatch.GetElapsedTime(started), ok: false);
            return default!;
        }

        Add(kind, Stopwatch.GetElapsedTime(started), succeeded(result));
        return result;
    }

    private void Add(string kind, TimeSpan elapsed, bool ok)
    {
        var (latencies, errors) = _kinds.TryGetValue(kind, out var found) ? found : ([], 0);
        latencies.Add(elapsed.TotalMilliseconds);
        _kinds[kind] = (latencies, ok ? errors : errors + 1);
    }
}

/// <summary>A closed loop: each worker sends its next request when the previous one answered, for a fixed time.</summary>
internal static class Workload
{
    public static async Task<IReadOnlyList<Figures>> RunAsync(ServerProcess server, int workers, TimeSpan warmUp, TimeSpan duration, Func<int, Recorder, CancellationToken, Task> iteration, CancellationToken cancellationToken)
    {
        await LoopAsync(workers, warmUp, iteration, cancellationToken);
        var cpuBefore = server.CpuTime;
        var started = Stopwatch.GetTimestamp();
        var recorders = await LoopAsync(workers, duration, iteration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = server.CpuTime - cpuBefore;
        var kinds = recorders
            .SelectMany(recorder => recorder.Kinds)
            .GroupBy(kind => kind.Key, StringComparer.Ordinal)
            .Select(kind => (kind.Key, Latencies: kind.SelectMany(worker => worker.Value.Latencies).Order().ToArray(), Errors: kind.Sum(worker => worker.Value.Errors)))
            .ToList();
        var cpuPerRequest = cpu.TotalMicroseconds / Math.Max(1, kinds.Sum(kind => kind.Latencies.Length));
        return kinds
            .Select(kind => new Figures(kind.Key, kind.Latencies.Length, kind.Errors, seconds, Percentile(kind.Latencies, 0.50), Percentile(kind.Latencies, 0.99), cpuPerRequest))
            .ToList();
    }

    private static async Task<Recorder[]> LoopAsync(int workers, TimeSpan duration, Func<int, Recorder, CancellationToken, Task> iteration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        return await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var recorder = new Recorder();
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                await iteration(worker, recorder, cancellationToken);
            }

            return recorder;
        }));
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
