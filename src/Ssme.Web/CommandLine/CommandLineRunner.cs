using Ssme.Domain.Common;
using Ssme.Web.Composition;
using Ssme.Web.Features.Admin.Users;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Features.Publication;
using Ssme.Web.Features.Reports;
using Ssme.Web.Features.Roster;
using Ssme.Web.Features.Waves;

namespace Ssme.Web.CommandLine;

/// <summary>Runs the automation verbs of SPEC §7 with the web app's configuration and services, on a migrated database.</summary>
public static class CommandLineRunner
{
    private static readonly ICommandVerb[] Verbs =
    [
        new MigrateVerb(),
        new CreateAdminVerb(),
        new CreateWaveVerb(),
        WaveTransitionVerb.Open,
        WaveTransitionVerb.Close,
        new ImportVerb(),
        new ExportVerb(),
        new ReportVerb(),
        new InviteVerb(),
        new RemindVerb(),
        new PublishVerb(),
    ];

    /// <summary>
    /// Whether the arguments ask for a verb rather than a web start. Configuration given on the
    /// command line (<c>--urls …</c>, <c>Key=value</c>) is not a verb; any other first word is,
    /// so a mistyped verb gets the usage instead of silently starting the server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verb = Array.Find(Verbs, candidate => candidate.Name == args[0]);
        if (verb is null)
        {
            await error.WriteLineAsync($"Error: «{args[0]}» no es un comando del SSME. Comandos:");
            foreach (var known in Verbs)
            {
                await error.WriteLineAsync($"  {known.Usage}");
            }

            return 2;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.PrepareDatabaseAsync(cancellationToken);
            return await verb.RunAsync(scope.ServiceProvider, new CommandArguments(args[1..]), output, cancellationToken);
        }
        catch (Exception exception) when (exception is CommandException or DomainException)
        {
            await error.WriteLineAsync($"Error: {exception.Message} Uso: {verb.Usage}");
            return 1;
        }
    }
}
