using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Reports;

internal sealed class ReportVerb : ICommandVerb
{
    public string Name => "report";

    public string Usage => "report --wave C --out FILE.pdf  o  report --wave C --initiative NOMBRE --out FILE.pdf";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Required("out");
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandException($"«{path}» debe terminar en .pdf.");
        }

        var reports = services.GetRequiredService<ReportHandler>();
        var waveCode = arguments.Required("wave");
        var initiative = arguments.Optional("initiative");
        var result = initiative is null
            ? await reports.WaveReportAsync(waveCode, cancellationToken)
            : await reports.FichaAsync(waveCode, initiative, cancellationToken);
        var pdf = CommandException.ThrowIfFailed(result);
        await using (var file = File.Create(path))
        {
            await pdf.Content.CopyToAsync(file, cancellationToken);
        }

        await output.WriteLineAsync(initiative is null
            ? $"Informe de la ola {pdf.Wave.Code} escrito en {path}."
            : $"Ficha de «{initiative}» ({pdf.Wave.Code}) escrita en {path}.");
        return 0;
    }
}
