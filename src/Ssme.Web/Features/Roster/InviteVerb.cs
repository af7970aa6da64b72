using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Roster;

/// <summary><c>invite --wave C --roster FILE</c> loads the roster and invites each of its managers; <c>--initiative NAME --email E</c> invites one.</summary>
internal sealed class InviteVerb : ICommandVerb
{
    public string Name => "invite";

    public string Usage => "invite --wave C --roster FILE.csv|FILE.xlsx  |  invite --wave C --initiative NOMBRE|CÓDIGO --email E [--name NOMBRE]";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var wave = await arguments.RequiredWaveAsync(services, cancellationToken);
        var roster = services.GetRequiredService<RosterHandler>();
        var invitations = services.GetRequiredService<InvitationHandler>();
        InvitationRun run;
        if (arguments.Optional("roster") is { Length: > 0 } path)
        {
            var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException("El directorio debe ser un archivo .csv o .xlsx.");
            if (!File.Exists(path))
            {
                throw new CommandException($"No existe el archivo «{path}».");
            }

            await using var input = File.OpenRead(path);
            var loaded = await roster.LoadFileAsync(wave, input, format, Actor.System, cancellationToken);
            if (!loaded.Succeeded)
            {
                foreach (var error in loaded.Errors)
                {
                    await output.WriteLineAsync(error.ToString());
                }

                throw new CommandException("No se cargó ninguna fila del directorio ni se envió ninguna invitación.");
            }

            await output.WriteLineAsync($"Directorio de la {wave.Name}: {loaded.Value.Added} iniciativa(s) agregadas, {loaded.Value.Updated} actualizadas, {loaded.Value.NewInitiatives} nuevas en el portal.");
            var (waiting, skipped) = CommandException.ThrowIfFailed(await invitations.InviteWaitingAsync(wave, loaded.Value.EntryIds, Actor.System, cancellationToken));
            if (skipped > 0)
            {
                await output.WriteLineAsync($"{skipped} iniciativa(s) no se invitaron: ya tienen una invitación vigente o aceptada, o su contacto ya es su gerente.");
            }

            run = waiting;
        }
        else
        {
            var entry = CommandException.ThrowIfFailed(await roster.EnsureEntryAsync(wave, arguments.Required("initiative"), arguments.Required("email"), arguments.Optional("name"), Actor.System, cancellationToken));
            run = CommandException.ThrowIfFailed(await invitations.InviteEntriesAsync(wave, [entry], Actor.System, cancellationToken));
        }

        await output.WriteLineAsync($"{run.Sent} invitación(es) enviadas; {run.Failed} con falla de envío (ver el registro de mensajes).");
        return run.Failed == 0 ? 0 : 1;
    }
}
