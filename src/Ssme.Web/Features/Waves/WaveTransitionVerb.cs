using Ssme.Domain.Submissions;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Waves;

/// <summary><c>open-wave</c> and <c>close-wave</c> (SPEC §7): the same rules and audit as the waves page.</summary>
internal sealed class WaveTransitionVerb(string name, WaveTransition transition) : ICommandVerb
{
    public static WaveTransitionVerb Open { get; } = new("open-wave", WaveTransition.Open);

    public static WaveTransitionVerb Close { get; } = new("close-wave", WaveTransition.Close);

    public string Name => name;

    public string Usage => $"{name} --code C";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<WaveAdministrationHandler>()
            .TransitionAsync(arguments.Required("code"), transition, Actor.System, cancellationToken);
        var wave = CommandException.ThrowIfFailed(result);
        await output.WriteLineAsync(transition == WaveTransition.Open ? $"Ola {wave.Code} abierta." : $"Ola {wave.Code} cerrada.");
        return 0;
    }
}
