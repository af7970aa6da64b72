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
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Created, int Updated, int InitiativesCreated);

/// <summary>
/// Export and import of a wave's submissions (SPEC §6), shared by the analyst pages and the
/// <c>import</c>/<c>export</c> verbs. An import writes every row or none: a failed result lists
/// each problem with its row and column.
/// </summary>
public sealed class WaveExchangeHandler(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
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

    public async Task<Result<ImportSummary>> ImportAsync(Wave wave, Stream input, ExchangeFormat format, Actor actor, CancellationToken cancellationToken)
    {
        ExchangeTable table;
        try
        {
            table = await ExchangeFiles.ReadAsync(input, format, cancellationToken);
        }
        catch (ExchangeFileException exception)
        {
            return Refused([exception.Problem]);
        }

        var headerProblems = ImportRules.CheckHeader(table.Headers, categorizer.Methodology(wave));
        if (headerProblems.Count > 0)
        {
            return Refused(headerProblems);
        }

        var (rows, problems) = ImportRules.CheckRows(table.Rows);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        if (rows.Count == 0)
        {
            return Refused([new ImportProblem(1, null, "El archivo no trae filas de datos.")]);
        }

        return await unitOfWork.RunAsync(token => WriteAsync(wave, rows, actor, token), cancellationToken);
    }

    private async Task<Result<ImportSummary>> WriteAsync(Wave wave, IReadOnlyList<ImportedRow> rows, Actor actor, CancellationToken cancellationToken)
    {
        var trackedWave = await db.Waves.SingleAsync(w => w.Id == wave.Id, cancellationToken);
        var initiatives = (await db.Initiatives.ToListAsync(cancellationToken))
            .ToDictionary(initiative => (initiative.NormalizedName, initiative.DepartmentCode));
        var submissions = (await db.Submissions.Include(submission => submission.History).Where(submission => submission.WaveId == wave.Id).ToListAsync(cancellationToken))
            .ToDictionary(submission => submission.InitiativeId);
        var now = clock.GetUtcNow();
        const string Comment = "Importado desde archivo";
        var initiativesCreated = 0;
        var created = 0;
        var updated = 0;

        foreach (var row in rows)
        {
            var key = (Initiative.NormalizeName(row.InitiativeName), row.Department.Code);
            if (!initiatives.ContainsKey(key))
            {
                var initiative = new Initiative(row.InitiativeName, row.Department, null);
                initiative.DescribeProfile(row.Answers.ManagingEntityName, row.Answers.ManagingEntityType, row.Answers.Macrosector);
                initiatives[key] = initiative;
                db.Initiatives.Add(initiative);
                initiativesCreated++;
            }
        }

        // New initiatives need their ids before their submissions can point at them.
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

        audit.Record(actor, "WaveImported", nameof(Wave), wave.Code, new { Rows = rows.Count, Created = created, Updated = updated, InitiativesCreated = initiativesCreated });
        return Result.Ok(new ImportSummary(created, updated, initiativesCreated));
    }

    private static Result<ImportSummary> Refused(IEnumerable<ImportProblem> problems) =>
        Result.Failure<ImportSummary>(problems.Select(ResultError.FromImport));

    private static bool IsNumeric(string column) =>
        column.StartsWith(ExchangeColumns.LevelPrefix, StringComparison.Ordinal)
        || QuestionnaireFields.Find(column)?.Kind is FieldKind.Count or FieldKind.Percent or FieldKind.Pesos;

    public static string FileName(Wave wave, ExchangeFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"ssme-ola-{wave.Code}.{(format == ExchangeFormat.Csv ? "csv" : "xlsx")}");
}
