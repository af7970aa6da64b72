using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Exchange;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;

namespace Ssme.Infrastructure.Exchange;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, int Created, int Updated, int InitiativesCreated)
{
    public bool Imported => Problems.Count == 0;

    public static ImportReport Refused(string message) => new([new ImportProblem(1, null, message)], 0, 0, 0);
}

/// <summary>
/// Export and import of a wave's submissions (SPEC §6), shared by the analyst pages and the
/// <c>import</c>/<c>export</c> verbs. An import writes every row or none.
/// </summary>
public sealed class WaveExchange(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, TimeProvider clock)
{
    public async Task<Wave?> FindWaveAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Waves.AsNoTracking().FirstOrDefaultAsync(wave => wave.Code == normalized, cancellationToken);
    }

    public async Task ExportAsync(Wave wave, ExchangeFormat format, Stream output, CancellationToken cancellationToken)
    {
        var methodology = categorizer.Methodology(wave);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(submission => submission.WaveId == wave.Id)
            .Join(db.Initiatives, submission => submission.InitiativeId, initiative => initiative.Id, (submission, initiative) => new { submission, initiative.Name })
            .OrderBy(row => row.Name)
            .Select(row => row.submission)
            .ToListAsync(cancellationToken);
        var rows = submissions.Select(submission => ExchangeColumns.Row(submission, categorizer.Categorize(submission, wave)));
        await ExchangeFiles.WriteAsync(output, format, ExchangeColumns.For(methodology), rows, IsNumeric, cancellationToken);
    }

    public async Task<ImportReport> ImportAsync(Wave wave, Stream input, ExchangeFormat format, Actor actor, CancellationToken cancellationToken)
    {
        ExchangeTable table;
        try
        {
            table = await ExchangeFiles.ReadAsync(input, format, cancellationToken);
        }
        catch (DomainException exception)
        {
            return ImportReport.Refused(exception.Message);
        }

        var headerProblems = ImportRules.CheckHeader(table.Headers, categorizer.Methodology(wave));
        if (headerProblems.Count > 0)
        {
            return new ImportReport(headerProblems, 0, 0, 0);
        }

        var (rows, problems) = ImportRules.CheckRows(table.Rows);
        if (problems.Count > 0)
        {
            return new ImportReport(problems, 0, 0, 0);
        }

        if (rows.Count == 0)
        {
            return ImportReport.Refused("El archivo no trae filas de datos.");
        }

        return await WriteAsync(wave, rows, actor, cancellationToken);
    }

    private async Task<ImportReport> WriteAsync(Wave wave, IReadOnlyList<ImportedRow> rows, Actor actor, CancellationToken cancellationToken)
    {
        var trackedWave = await db.Waves.SingleAsync(w => w.Id == wave.Id, cancellationToken);
        var initiatives = (await db.Initiatives.ToListAsync(cancellationToken))
            .ToDictionary(initiative => (initiative.NormalizedName, initiative.DepartmentCode));
        var submissions = (await db.Submissions.Include(submission => submission.History).Where(submission => submission.WaveId == wave.Id).ToListAsync(cancellationToken))
            .ToDictionary(submission => submission.InitiativeId);
        var now = clock.GetUtcNow();
        const string Comment = "Importado desde archivo";
        var newInitiatives = new List<(ImportedRow Row, Initiative Initiative)>();
        var created = 0;
        var updated = 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var key = (Initiative.NormalizeName(row.InitiativeName), row.Department.Code);
            if (!initiatives.TryGetValue(key, out var initiative))
            {
                initiative = new Initiative(row.InitiativeName, row.Department, null);
                initiative.DescribeProfile(row.Answers.ManagingEntityName, row.Answers.ManagingEntityType, row.Answers.Macrosector);
                initiatives[key] = initiative;
                db.Initiatives.Add(initiative);
                newInitiatives.Add((row, initiative));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            var initiative = initiatives[(Initiative.NormalizeName(row.InitiativeName), row.Department.Code)];
            if (submissions.TryGetValue(initiative.Id, out var submission))
            {
                submission.ReplaceAnswersByImport(row.Answers, now);
                updated++;
            }
            else
            {
                submission = new Submission(initiative.Id, wave.Id, row.Answers, now);
                db.Submissions.Add(submission);
                submissions[initiative.Id] = submission;
                created++;
            }

            submission.SetStatusByImport(row.Status, actor, now, Comment);
            categorizer.Refresh(submission, trackedWave);
        }

        audit.Record(actor, "WaveImported", nameof(Wave), wave.Code, new { Rows = rows.Count, Created = created, Updated = updated, InitiativesCreated = newInitiatives.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportReport([], created, updated, newInitiatives.Count);
    }

    private static bool IsNumeric(string column) =>
        column.StartsWith(ExchangeColumns.LevelPrefix, StringComparison.Ordinal)
        || QuestionnaireFields.Find(column)?.Kind is FieldKind.Count or FieldKind.Percent or FieldKind.Pesos;

    public static string FileName(Wave wave, ExchangeFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"ssme-ola-{wave.Code}.{(format == ExchangeFormat.Csv ? "csv" : "xlsx")}");
}
