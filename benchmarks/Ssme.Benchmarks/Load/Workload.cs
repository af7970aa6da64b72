using System.Diagnostics;
using System.Globalization;

namespace Ssme.Benchmarks.Load;

/// <summary>What one kind of request did during a measured period.</summary>
internal sealed record Figures(string What, int Requests, int Errors, double Seconds, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Requests / Seconds;

    public string Row(double bareThroughput) => string.Create(CultureInfo.InvariantCulture,
        $"| {What} | {PerSecond:F0} | {PerSecond / bareThroughput:P1} | {P50Milliseconds:F1} | {P99Milliseconds:F1} | {Errors} |");
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
    public static async Task<IReadOnlyList<Figures>> RunAsync(int workers, TimeSpan warmUp, TimeSpan duration, Func<int, Recorder, CancellationToken, Task> iteration, CancellationToken cancellationToken)
    {
        await LoopAsync(workers, warmUp, iteration, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var recorders = await LoopAsync(workers, duration, iteration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return recorders
            .SelectMany(recorder => recorder.Kinds)
            .GroupBy(kind => kind.Key, StringComparer.Ordinal)
            .Select(kind =>
            {
                var latencies = kind.SelectMany(worker => worker.Value.Latencies).Order().ToArray();
                return new Figures(kind.Key, latencies.Length, kind.Sum(worker => worker.Value.Errors), seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
            })
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
