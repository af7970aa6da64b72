using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Reports;

namespace Ssme.Web.CommandLine;

internal sealed class ReportVerb : ICommandVerb
{
    public string Name => "report";

    public string Usage => "report --wave C --out FILE.pdf  o  report --wave C --initiative NOMBRE --out FILE.pdf";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var path = arguments.Required("out");
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandException($"«{path}» debe terminar en .pdf.");
        }

        var wave = await ExchangeVerbs.FindWaveAsync(services, arguments.Required("wave"), cancellationToken);
        var reports = services.GetRequiredService<ReportService>();
        if (arguments.Optional("initiative") is { } name)
        {
            var submissionId = await FindSubmissionAsync(services.GetRequiredService<SsmeDbContext>(), wave.Id, name, cancellationToken);
            await using var ficha = File.Create(path);
            await reports.WriteFichaAsync(submissionId, ficha, cancellationToken);
            Console.WriteLine($"Ficha de «{name}» ({wave.Code}) escrita en {path}.");
            return 0;
        }

        await using (var output = File.Create(path))
        {
            await reports.WriteWaveReportAsync(wave, output, cancellationToken);
        }

        Console.WriteLine($"Informe de la ola {wave.Code} escrito en {path}.");
        return 0;
    }

    private static async Task<int> FindSubmissionAsync(SsmeDbContext db, int waveId, string name, CancellationToken cancellationToken)
    {
        var normalized = Initiative.NormalizeName(name);
        var matches = await (
            from submission in db.Submissions
            join initiative in db.Initiatives on submission.InitiativeId equals initiative.Id
            where submission.WaveId == waveId && initiative.NormalizedName == normalized
            select new { submission.Id, initiative.DepartmentCode })
            .ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw new CommandException($"La ola no tiene un cuestionario de la iniciativa «{name}»."),
            _ => throw new CommandException($"Hay {matches.Count} iniciativas llamadas «{name}» en la ola ({string.Join(", ", matches.Select(match => Department.FromCode(match.DepartmentCode).Name))})."),
        };
    }
}
