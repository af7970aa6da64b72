using Ssme.Web.Composition;

namespace Ssme.Web.CommandLine;

internal sealed class MigrateVerb : ICommandVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        // The runner has migrated already; what a start would add is the first administrator from configuration.
        await services.EnsureFirstAdministratorAsync(services.GetRequiredService<IHostEnvironment>(), cancellationToken);
        await output.WriteLineAsync("Base de datos actualizada.");
        return 0;
    }
}
