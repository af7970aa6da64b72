using Ssme.Web.Composition;

namespace Ssme.Web.CommandLine;

internal sealed class MigrateVerb : ICommandVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        await services.InitializeDatabaseAsync(services.GetRequiredService<IHostEnvironment>(), cancellationToken);
        Console.WriteLine("Base de datos actualizada.");
        return 0;
    }
}
