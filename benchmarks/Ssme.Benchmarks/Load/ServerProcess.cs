using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ssme.Benchmarks.Load;

/// <summary>A server started by the load run on a loopback port, stopped (by its own id) when disposed.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly long _startedAt;

    private ServerProcess(Process process, long startedAt, Uri address)
    {
        _process = process;
        _startedAt = startedAt;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Time from starting the process to its first 200 on <paramref name="probe"/>.</summary>
    public TimeSpan ColdStart { get; private set; }

    /// <summary>The CPU time the server process has used so far (every thread, user and system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, string probe, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Portal__BaseUrl"] = address.ToString();
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        // The server's own log lines are read and dropped so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, startedAt, address);
        try
        {
            await server.WaitUntilReadyAsync(new Uri(address, probe), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Uri probe, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(_startedAt) < StartLimit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped during start-up with exit code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(probe, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    ColdStart = Stopwatch.GetElapsedTime(_startedAt);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5, cancellationToken);
        }

        throw new TimeoutException($"No 200 from {probe} within {StartLimit.TotalSeconds} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
