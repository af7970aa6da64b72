using System.Globalization;
using Ssme.Domain.Submissions;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Waves;

internal sealed class CreateWaveVerb : ICommandVerb
{
    public string Name => "create-wave";

    public string Usage => "create-wave --code C --name N --period-year Y --opens YYYY-MM-DD --closes YYYY-MM-DD [--open]";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var details = new WaveDetails(
            arguments.Required("code"),
            arguments.Required("name"),
            ParseYear(arguments.Required("period-year")),
            ParseDate(arguments.Required("opens"), "opens"),
            ParseDate(arguments.Required("closes"), "closes"));

        var result = await services.GetRequiredService<WaveAdministrationHandler>()
            .CreateAsync(details, arguments.HasFlag("open"), Actor.System, cancellationToken);
        var wave = CommandException.ThrowIfFailed(result);
        await output.WriteLineAsync($"Ola {wave.Code} creada ({wave.Status}).");
        return 0;
    }

    private static int ParseYear(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new CommandException($"--period-year debe ser un año como 2025, no «{text}».");

    private static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandException($"--{option} debe ser una fecha AAAA-MM-DD, no «{text}».");
}
