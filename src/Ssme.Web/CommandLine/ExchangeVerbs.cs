using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;

namespace Ssme.Web.CommandLine;

internal sealed class ImportVerb : ICommandVerb
{
    public string Name => "import";

    public string Usage => "import --wave C FILE.csv|FILE.xlsx  o  import --reference FILE.csv|FILE.xlsx";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Optional("reference") is { } referencePath)
        {
            return await ImportReferenceAsync(services, referencePath, cancellationToken);
        }

        var path = arguments.Positional.Count == 1 ? arguments.Positional[0] : throw new CommandException("Indique un archivo .csv o .xlsx.");
        var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException($"«{path}» no es un archivo .csv ni .xlsx.");
        if (!File.Exists(path))
        {
            throw new CommandException($"No existe el archivo «{path}».");
        }

        var wave = await ExchangeVerbs.FindWaveAsync(services, arguments.Required("wave"), cancellationToken);
        await using var input = File.OpenRead(path);
        var report = await services.GetRequiredService<WaveExchange>().ImportAsync(wave, input, format, Actor.System, cancellationToken);
        if (!report.Imported)
        {
            // The details go to standard output; standard error keeps the one-line reason the verbs promise.
            foreach (var problem in report.Problems)
            {
                Console.WriteLine(problem);
            }

            throw new CommandException($"No se importó ninguna fila: el archivo tiene {report.Problems.Count} problema(s).");
        }

        Console.WriteLine($"Ola {wave.Code}: {report.Created} cuestionario(s) creados, {report.Updated} actualizados, {report.InitiativesCreated} iniciativa(s) nuevas.");
        return 0;
    }

    private static async Task<int> ImportReferenceAsync(IServiceProvider services, string path, CancellationToken cancellationToken)
    {
        var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException($"«{path}» no es un archivo .csv ni .xlsx.");
        if (!File.Exists(path))
        {
            throw new CommandException($"No existe el archivo «{path}».");
        }

        await using var input = File.OpenRead(path);
        var (saved, problems) = await services.GetRequiredService<Ssme.Infrastructure.Reference.ReferenceData>().ImportAsync(input, format, Actor.System, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Console.WriteLine(problem);
            }

            throw new CommandException($"No se guardó ninguna cifra de referencia: el archivo tiene {problems.Count} problema(s).");
        }

        Console.WriteLine($"{saved} cifra(s) de referencia guardadas.");
        return 0;
    }
}

internal sealed class ExportVerb : ICommandVerb
{
    public string Name => "export";

    public string Usage => "export --wave C --out FILE.csv|FILE.xlsx";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var path = arguments.Required("out");
        var format = ExchangeFiles.FormatOf(path) ?? throw new CommandException($"«{path}» debe terminar en .csv o .xlsx.");
        var wave = await ExchangeVerbs.FindWaveAsync(services, arguments.Required("wave"), cancellationToken);
        await using (var output = File.Create(path))
        {
            await services.GetRequiredService<WaveExchange>().ExportAsync(wave, format, output, cancellationToken);
        }

        Console.WriteLine($"Ola {wave.Code} exportada a {path}.");
        return 0;
    }
}

internal static class ExchangeVerbs
{
    public static async Task<Wave> FindWaveAsync(IServiceProvider services, string code, CancellationToken cancellationToken) =>
        await services.GetRequiredService<WaveExchange>().FindWaveAsync(code, cancellationToken)
            ?? throw new CommandException($"No existe una ola con el código «{code}».");
}
