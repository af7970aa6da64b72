using System.Globalization;
using System.Net;

namespace Ssme.Benchmarks.Load;

/// <summary>
/// <c>load [--managers 32] [--seconds 10] [--starts 3] [--app FOLDER]</c>: the built portal (or the
/// published one in FOLDER, as production runs it: ReadyToRun) in its own process on a
/// loopback port (Kestrel, Production settings, SQLite file in a temp folder) against a bare Kestrel
/// endpoint measured in the same run; every figure is also given as a ratio to the bare one.
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var managers = Option(args, "--managers", 32);
        var duration = TimeSpan.FromSeconds(Option(args, "--seconds", 10));
        var starts = Option(args, "--starts", 3);
        var repository = RepositoryRoot();
        var web = Path.Combine(repository, "src", "Ssme.Web");
        var published = TextOption(args, "--app");
        var webDll = published is null ? Path.Combine(web, "bin", "Release", "net10.0", "Ssme.Web.dll") : Path.GetFullPath(Path.Combine(published, "Ssme.Web.dll"));
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException("Build the portal first: dotnet build src/Ssme.Web -c Release (or publish it into the --app folder)", webDll);
        }

        var folder = Path.Combine(Path.GetTempPath(), "ssme-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string database;
            using (var host = new BenchmarkHost(folder))
            {
                await LoadSeed.SeedAsync(host, managers, cancellationToken);
                database = host.DatabasePath;
            }

            var portal = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Ssme"] = $"Data Source={database}",
                ["Storage__DataPath"] = folder,
                ["Security__SignInPermitsPerMinute"] = "100000",
                ["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "ssme-.log"),
            };
            string[] bareArguments = [typeof(LoadRun).Assembly.Location, "bare-server"];
            var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

            var bareStarts = await ColdStartsAsync(starts, bareArguments, repository, environment, "/", cancellationToken);
            var portalStarts = await ColdStartsAsync(starts, [webDll], web, portal, "/health", cancellationToken);

            Figures bare;
            await using (var server = await ServerProcess.StartAsync(bareArguments, repository, environment, "/", cancellationToken))
            {
                bare = await AnonymousAsync(server, "/", "bare Kestrel endpoint (reference)", managers, duration, cancellationToken);
            }

            var rows = new List<Figures> { bare };
            await using (var server = await ServerProcess.StartAsync([webDll], web, portal, "/health", cancellationToken))
            {
                rows.Add(await AnonymousAsync(server, "/css/site.css", "static file /css/site.css", managers, duration, cancellationToken));
                rows.Add(await AnonymousAsync(server, "/health", "/health (one database query)", managers, duration, cancellationToken));
                var sessions = await SignInAsync(server.Address, managers, cancellationToken);
                try
                {
                    rows.AddRange(await Workload.RunAsync(server, managers, WarmUp, duration, async (worker, recorder, token) =>
                        await recorder.TimeAsync("section view, signed in", () => sessions[worker].ViewSectionAsync(token), page => page is not null), cancellationToken));
                    rows.AddRange(await Workload.RunAsync(server, managers, WarmUp, duration, async (worker, recorder, token) =>
                    {
                        var page = await recorder.TimeAsync("view + save loop: view", () => sessions[worker].ViewSectionAsync(token), page => page is not null);
                        if (page is not null)
                        {
                            await recorder.TimeAsync("view + save loop: draft save", () => sessions[worker].SaveSectionAsync(page, token), saved => saved);
                        }
                    }, cancellationToken));
                }
                finally
                {
                    sessions.ForEach(session => session.Dispose());
                }
            }

            Print(managers, duration, bare, rows, bareStarts, portalStarts);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Figures> AnonymousAsync(ServerProcess server, string path, string what, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseCookies = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var url = new Uri(path, UriKind.Relative);
        var figures = await Workload.RunAsync(server, workers, WarmUp, duration, async (_, recorder, token) =>
            await recorder.TimeAsync(what, async () =>
            {
                using var response = await client.GetAsync(url, token);
                await response.Content.LoadIntoBufferAsync(token);
                return response.StatusCode;
            }, status => status == HttpStatusCode.OK), cancellationToken);
        return figures.Single();
    }

    private static async Task<List<ManagerSession>> SignInAsync(Uri address, int managers, CancellationToken cancellationToken)
    {
        var sessions = new List<ManagerSession>();
        for (var i = 0; i < managers; i++)
        {
            var session = await ManagerSession.SignInAsync(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }, address, LoadSeed.Email(i), LoadSeed.Password, cancellationToken);
            sessions.Add(session);
            await session.StartDraftAsync(cancellationToken);
        }

        return sessions;
    }

    private static async Task<List<TimeSpan>> ColdStartsAsync(int starts, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, string probe, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < starts; i++)
        {
            await using var server = await ServerProcess.StartAsync(arguments, workingDirectory, environment, probe, cancellationToken);
            times.Add(server.ColdStart);
        }

        return times;
    }

    private static void Print(int managers, TimeSpan duration, Figures bare, List<Figures> rows, List<TimeSpan> bareStarts, List<TimeSpan> portalStarts)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"{managers} concurrent clients (one per signed-in manager), {duration.TotalSeconds:F0} s per row after a {WarmUp.TotalSeconds:F0} s warm-up, {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| what | req/s | of bare | p50 ms | p99 ms | errors | server CPU µs/request | bare's CPU/request as a share of it |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        rows.ForEach(row => Console.WriteLine(row.Row(bare)));
        var bareMedian = Median(bareStarts);
        var portalMedian = Median(portalStarts);
        Console.WriteLine(string.Create(culture,
            $"| cold start to the first 200 on /health, median of {portalStarts.Count} | {portalMedian.TotalSeconds:F2} s | {portalMedian / bareMedian:F1} × bare ({bareMedian.TotalSeconds:F2} s) | all: {string.Join(" / ", portalStarts.Select(start => start.TotalSeconds.ToString("F2", culture)))} s | | | | |"));
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    private static string? TextOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ssme.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load benchmark from the repository (Ssme.sln not found above the build output).");
    }
}
