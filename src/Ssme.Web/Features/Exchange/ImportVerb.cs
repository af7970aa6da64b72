using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.CommandLine;
using Ssme.Web.Features.Admin.Reference;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

internal sealed class ImportVerb : ICommandVerb
{
    public string Name => "import";

    public string Usage => "import --wave C FILE.csv|FILE.xlsx  o  import --reference FILE.csv|FILE.xlsx";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Optional("reference") is { } referencePath)
        {
            var (referenceFormat, referenceInput) = OpenFile(referencePath);
            await using (referenceInput)
            {
                var saved = await services.GetRequiredService<ReferenceFiguresHandler>().ImportAsync(referenceInput, referenceFormat, Actor.System, cancellationToken);
                await ReportProblemsAsync(saved, output, "No se guardó ninguna cifra de referencia");
                await output.WriteLineAsync($"{saved.Value} cifra(s) de referencia guardadas.");
                return 0;
            }
        }

        var path = arguments.Positional.Count == 1 ? arguments.Positional[0] : throw new CommandException("Indique un archivo .csv o .xlsx.");
        var (format, input) = OpenFile(path);
        await using (input)
        {
            var wave = await arguments.RequiredWaveAsync(services, cancellationToken);
            var imported = await services.GetRequiredService<WaveExchangeHandler>().ImportAsync(wave, input, format, Actor.System, cancellationToken);
            await ReportProblemsAsync(imported, output, "No se importó ninguna fila");
            var summary = imported.Value;
            await output.WriteLineAsync($"Ola {wave.Code}: {summary.Created} cuestionario(s) creados, {summary.Updated} actualizados, {summary.InitiativesCreated} iniciativa(s) nuevas.");
            return 0;
        }
    }

    private static (ExchangeFormat Format, FileStream Input) OpenFile(string path)
    {
        var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException($"«{path}» no es un archivo .csv ni .xlsx.");
        return File.Exists(path) ? (format, File.OpenRead(path)) : throw new CommandException($"No existe el archivo «{path}».");
    }

    /// <summary>The details go to standard output; standard error keeps the one-line reason the verbs promise.</summary>
    private static async Task ReportProblemsAsync(Result result, TextWriter output, string nothingDone)
    {
        if (result.Succeeded)
        {
            return;
        }

        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync(error.ToString());
        }

        throw new CommandException($"{nothingDone}: el archivo tiene {result.Errors.Count} problema(s).");
    }
}
