using Ssme.Domain.Common;
using Ssme.Web.Composition;

namespace Ssme.Web.CommandLine;

/// <summary>Runs the automation verbs of SPEC §7 with the web app's configuration and services, on a migrated database.</summary>
public static class CommandLineRunner
{
    private static readonly ICommandVerb[] Verbs =
    [
        new MigrateVerb(),
        new CreateAdminVerb(),
        new CreateWaveVerb(),
        new ImportVerb(),
        new ExportVerb(),
        new ReportVerb(),
    ];

    public static ICommandVerb? FindVerb(string[] args) =>
        args.Length == 0 ? null : Array.Find(Verbs, verb => verb.Name == args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken cancellationToken)
    {
        var verb = FindVerb(args) ?? throw new ArgumentException("No verb in the arguments.", nameof(args));
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.PrepareDatabaseAsync(cancellationToken);
            return await verb.RunAsync(scope.ServiceProvider, new CommandArguments(args[1..]), cancellationToken);
        }
        catch (Exception exception) when (exception is CommandException or DomainException)
        {
            await Console.Error.WriteLineAsync($"Error: {exception.Message} Uso: {verb.Usage}");
            return 1;
        }
    }
}
