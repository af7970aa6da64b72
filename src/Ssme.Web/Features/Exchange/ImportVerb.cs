using Ssme.Domain.Exchange;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.CommandLine;
using Ssme.Web.Features.Admin.History;
using Ssme.Web.Features.Admin.Reference;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

internal sealed class ImportVerb : ICommandVerb
{
    public string Name => "import";

    public string Usage => "import --wave C [--dry-run] FILE.csv|FILE.xlsx  o  import --reference FILE.csv|FILE.xlsx  o  import --history FILE.csv|FILE.xlsx";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Optional("reference") is { } referencePath)
        {
            var (referenceFormat, referenceInput) = OpenFile(referencePath);
            await using (referenceInput)
            {
                var saved = await services.GetRequiredService<ReferenceFiguresHandler>().ImportAsync(referenceInput, referenceFormat, Actor.System, cancellationToken);
                await ReportProblemsAsync(saved, output, "No se guardó ninguna cifra de referencia");
                await output.WriteLineAsync($"{saved.Value.Saved} cifra(s) de referencia guardadas.");
                foreach (var warning in saved.Value.Warnings)
                {
                    await output.WriteLineAsync($"Revise: {warning}");
                }

                return 0;
            }
        }

        if (arguments.Optional("history") is { } historyPath)
        {
            var (historyFormat, historyInput) = OpenFile(historyPath);
            await using (historyInput)
            {
                var saved = await services.GetRequiredService<HistoricalFiguresHandler>().ImportAsync(historyInput, historyFormat, Actor.System, cancellationToken);
                await ReportProblemsAsync(saved, output, "No se guardó ninguna cifra histórica");
                await output.WriteLineAsync($"{saved.Value} cifra(s) histórica(s) guardadas.");
                return 0;
            }
        }

        // "--dry-run FILE" reads like an option with a value; the file is the same either way.
        var dryRun = arguments.HasFlag("dry-run");
        var path = arguments.Positional.Count == 1 ? arguments.Positional[0]
            : arguments.Positional.Count == 0 && arguments.Optional("dry-run") is { } afterFlag ? afterFlag
            : throw new CommandException("Indique un archivo .csv o .xlsx.");
        var (format, input) = OpenFile(path);
        await using (input)
        {
            var wave = await arguments.RequiredWaveAsync(services, cancellationToken);
            var exchange = services.GetRequiredService<WaveExchangeHandler>();
            var source = new ImportSource(input, format, path);
            if (dryRun)
            {
                var previewed = await exchange.PreviewAsync(wave, source, cancellationToken);
                await ReportProblemsAsync(previewed, output, "La importación no se haría");
                await WritePlanAsync(previewed.Value, output);
                return previewed.Value.CanApply
                    ? 0
                    : throw new CommandException($"La importación no se haría: {RefusalReason(previewed.Value)}");
            }

            var imported = await exchange.ImportAsync(wave, source, Actor.System, confirmedFingerprint: null, cancellationToken);
            await ReportProblemsAsync(imported, output, "No se importó ninguna fila");
            var summary = imported.Value;
            await output.WriteLineAsync($"Ola {wave.Code}: {summary.Created} cuestionario(s) creados, {summary.Updated} actualizados, {summary.Unchanged} sin cambios, {summary.InitiativesCreated} iniciativa(s) nuevas.");
            return 0;
        }
    }

    /// <summary>The dry run's report: the counts, then each row that is not left as it is.</summary>
    private static async Task WritePlanAsync(ImportPlan plan, TextWriter output)
    {
        await output.WriteLineAsync($"Ola {plan.WaveCode} (simulación, no se guardó nada): {plan.Summary}.");
        if (plan.WaveRefusal is not null)
        {
            await output.WriteLineAsync(plan.WaveRefusal);
        }

        foreach (var row in plan.Rows.Where(row => row.Kind != ImportRowKind.Unchanged))
        {
            var line = row.Kind switch
            {
                ImportRowKind.New => $"Fila {row.Row}: nuevo · {row.InitiativeName}{(row.Initiative is null ? " (iniciativa nueva)" : $" ({row.Code})")}",
                ImportRowKind.Changed => $"Fila {row.Row}: con cambios · {row.InitiativeName} ({row.Code}): {string.Join("; ", row.Changes.Select(change => $"{change.Label}: {change.Before ?? "(sin respuesta)"} → {change.After ?? "(sin respuesta)"}"))}",
                _ => $"{row.Refusal} (rechazada)",
            };
            await output.WriteLineAsync(line);
        }
    }

    private static string RefusalReason(ImportPlan plan) =>
        plan.WaveRefusal ?? $"{plan.Count(ImportRowKind.Refused)} fila(s) rechazada(s).";

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

        if (result.Errors is [{ Row: null } only])
        {
            throw new CommandException($"{nothingDone}: {only.Message}");
        }

        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync(error.ToString());
        }

        throw new CommandException($"{nothingDone}: el archivo tiene {result.Errors.Count} problema(s).");
    }
}
