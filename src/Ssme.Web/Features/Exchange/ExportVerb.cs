using Ssme.Infrastructure.Exchange;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Exchange;

internal sealed class ExportVerb : ICommandVerb
{
    public string Name => "export";

    public string Usage => "export --wave C --out FILE.csv|FILE.xlsx";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Required("out");
        var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException($"«{path}» debe terminar en .csv o .xlsx.");
        var wave = await arguments.RequiredWaveAsync(services, cancellationToken);
        await using (var file = File.Create(path))
        {
            await services.GetRequiredService<WaveExchangeHandler>().ExportAsync(wave, format, file, cancellationToken);
        }

        await output.WriteLineAsync($"Ola {wave.Code} exportada a {path}.");
        return 0;
    }
}
