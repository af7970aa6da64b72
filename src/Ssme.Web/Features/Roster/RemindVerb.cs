using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Roster;

/// <summary><c>remind --wave C [--status not_started|draft|returned]</c>: the same reminders, rule and log as the completion page's button.</summary>
internal sealed class RemindVerb : ICommandVerb
{
    public string Name => "remind";

    public string Usage => "remind --wave C [--status not_started|draft|returned]";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var wave = await arguments.RequiredWaveAsync(services, cancellationToken);
        IReadOnlyCollection<CompletionStatus>? groups = null;
        if (arguments.Optional("status") is { Length: > 0 } code)
        {
            groups = CompletionStatuses.TryParse(code, out var status)
                ? [status]
                : throw new CommandException($"--status debe ser not_started, draft o returned, no «{code}».");
        }

        var run = CommandException.ThrowIfFailed(await services.GetRequiredService<CompletionHandler>().RemindAsync(wave, groups, Actor.System, cancellationToken));
        await output.WriteLineAsync($"{run.Sent} recordatorio(s) enviados; {run.Failed} fallaron (ver el registro de mensajes); {run.AlreadyToday} ya recibieron uno hoy.");
        return run.Failed == 0 ? 0 : 1;
    }
}
