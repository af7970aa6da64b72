using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ssme.Benchmarks.Load;

/// <summary>
/// <c>profile [--requests 400]</c>: one signed-in manager, requests one after another on the in-process host; per
/// request the SQL commands sent, the bytes allocated (whole process, client included) and the CPU
/// time. The commands of one section view and of one save are listed.
/// </summary>
internal static class RequestProfile
{
    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var index = Array.IndexOf(args, "--requests");
        var requests = index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 400;

        using var commands = new CommandCounter();
        using var host = new BenchmarkHost();
        await LoadSeed.SeedAsync(host, 1, cancellationToken);
        var baseAddress = new Uri("https://localhost");
        using var manager = await ManagerSession.SignInAsync(host.Server.CreateHandler(), baseAddress, LoadSeed.Email(0), LoadSeed.Password, cancellationToken);
        await manager.StartDraftAsync(cancellationToken);
        using var anonymous = new HttpClient(host.Server.CreateHandler()) { BaseAddress = baseAddress };

        Console.WriteLine("| request | SQL commands | EF queries compiled | KB allocated | CPU ms | wall ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await MeasureAsync(requests, "/health", commands, async () => (await anonymous.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken)).Dispose());
        await MeasureAsync(requests, "section view", commands, async () => await manager.ViewSectionAsync(cancellationToken));
        await MeasureAsync(requests, "section view + draft save", commands, async () => await manager.SaveSectionAsync((await manager.ViewSectionAsync(cancellationToken))!, cancellationToken));

        Console.WriteLine();
        commands.Listing = [];
        await manager.ViewSectionAsync(cancellationToken);
        Print("SQL of one section view", commands.Listing);
        var page = (await manager.ViewSectionAsync(cancellationToken))!;
        commands.Listing = [];
        await manager.SaveSectionAsync(page, cancellationToken);
        Print("SQL of one draft save", commands.Listing);
    }

    private static async Task MeasureAsync(int requests, string what, CommandCounter commands, Func<Task> request)
    {
        for (var i = 0; i < 50; i++)
        {
            await request();
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sent = commands.Count;
        var compiled = commands.Compilations;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++)
        {
            await request();
        }

        var wall = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {(commands.Count - sent) / (double)requests:F1} | {(commands.Compilations - compiled) / (double)requests:F2} | {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / requests:F0} | {(process.TotalProcessorTime - cpu).TotalMilliseconds / requests:F2} | {wall.TotalMilliseconds / requests:F2} |"));
    }

    private static void Print(string title, List<string> listing)
    {
        Console.WriteLine($"{title}: {listing.Count} commands");
        listing.ForEach(command => Console.WriteLine("  - " + command.ReplaceLineEndings(" ")[..Math.Min(160, command.ReplaceLineEndings(" ").Length)]));
    }

    /// <summary>Counts EF Core's executed commands and query compilations (a LINQ query missing EF's query cache) in this process through its diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private int _count;
        private int _compilations;

        public CommandCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

        public int Count => Volatile.Read(ref _count);

        public int Compilations => Volatile.Read(ref _compilations);

        public List<string>? Listing { get; set; }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CoreEventId.QueryCompilationStarting.Name)
            {
                Interlocked.Increment(ref _compilations);
            }

            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
            {
                Interlocked.Increment(ref _count);
                lock (_listeners)
                {
                    Listing?.Add(executed.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(listener => listener.Dispose());
            }
        }
    }
}
