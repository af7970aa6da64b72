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
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, int InitiativesCreated);

/// <summary>A file to import: its content, its format and the name it was uploaded with, which the history records.</summary>
public sealed record ImportSource(Stream Content, ExchangeFormat Format, string FileName)
{
    public const int MaxFileNameLength = 200;

    /// <summary>The bare file name, without any folder a browser or shell sent, short enough for a history comment.</summary>
    public string DisplayName
    {
        get
        {
            var name = Path.GetFileName(FileName.Replace('\\', '/')).Trim();
            return name.Length > MaxFileNameLength ? name[..MaxFileNameLength] : name;
        }
    }
}

/// <summary>
/// Export and import of a wave's submissions (SPEC §6, §7), shared by the analyst pages and the
/// <c>import</c>/<c>export</c> verbs. An import is planned first (<see cref="ImportPlan"/>): the
/// preview and the dry run show the plan, and the import applies it, all rows or none.
/// </summary>
public sealed partial class WaveExchangeHandler(
    SsmeDbContext db,
    SubmissionCategorizer categorizer,
    IAuditLog audit,
    IEmailSender email,
    UnitOfWork unitOfWork,
    PortalLinks links,
    TimeProvider clock,
    ILogger<WaveExchangeHandler> logger)
{
    public const string StaleMessage = "Los datos de la ola cambiaron desde la vista previa (otra persona revisó, importó o cerró algo). No se importó nada: revise la nueva vista previa y confirme de nuevo.";

    public async Task ExportAsync(Wave wave, ExchangeFormat format, Stream output, CancellationToken cancellationToken)
    {
        var methodology = categorizer.Methodology(wave);
        var rows = await db.Submissions.AsNoTracking()
            .Where(submission => submission.WaveId == wave.Id)
            .Join(db.Initiatives.AsNoTracking(), submission => submission.InitiativeId, initiative => initiative.Id, (submission, initiative) => new { submission, initiative })
            .OrderBy(row => row.initiative.Name)
            .ToListAsync(cancellationToken);
        var cells = rows.Select(row => ExchangeColumns.Row(row.initiative, row.submission, categorizer.Categorize(row.submission, wave)));
        await ExchangeFiles.WriteAsync(output, format, ExchangeColumns.For(methodology), cells, IsNumeric, cancellationToken);
    }

    /// <summary>What importing the file would do, changing nothing; a failure lists the file's bad rows and fields.</summary>
    public async Task<Result<ImportPlan>> PreviewAsync(Wave wave, ImportSource source, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(wave, source, cancellationToken);
        if (!rows.Succeeded)
        {
            return Result.Failure<ImportPlan>(rows.Errors);
        }

        var current = await db.Waves.AsNoTracking().SingleAsync(w => w.Id == wave.Id, cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(submission => submission.WaveId == wave.Id).ToListAsync(cancellationToken);
        return Result.Ok(ImportPlan.For(current, rows.Value, initiatives, submissions));
    }

    /// <summary>
    /// Imports the file when its plan refuses nothing. With <paramref name="confirmedFingerprint"/>
    /// (a confirmed preview) it applies only the plan that was shown: when the wave or a submission
    /// changed meanwhile the result is a conflict and nothing is written. Each affected manager is
    /// e-mailed, linking to their questionnaire.
    /// </summary>
    public async Task<Result<ImportSummary>> ImportAsync(Wave wave, ImportSource source, Actor actor, string? confirmedFingerprint, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(wave, source, cancellationToken);
        if (!rows.Succeeded)
        {
            return Result.Failure<ImportSummary>(rows.Errors);
        }

        var applied = await unitOfWork.RunAsync(token => WriteAsync(wave, rows.Value, source.DisplayName, actor, confirmedFingerprint, token), cancellationToken);
        if (!applied.Succeeded)
        {
            return applied.IsConflict ? Result.Conflict<ImportSummary>(StaleMessage) : Result.Failure<ImportSummary>(applied.Errors);
        }

        await NotifyManagersAsync(applied.Value.Touched, wave, source.DisplayName, cancellationToken);
        return Result.Ok(applied.Value.Summary);
    }

    private async Task<Result<IReadOnlyList<ImportedRow>>> ReadAsync(Wave wave, ImportSource source, CancellationToken cancellationToken)
    {
        ExchangeTable table;
        try
        {
            table = await ExchangeFiles.ReadAsync(source.Content, source.Format, cancellationToken);
        }
        catch (ExchangeFileException exception)
        {
            return Refused<IReadOnlyList<ImportedRow>>([exception.Problem]);
        }

        var headerProblems = ImportRules.CheckHeader(table.Headers, categorizer.Methodology(wave));
        if (headerProblems.Count > 0)
        {
            return Refused<IReadOnlyList<ImportedRow>>(headerProblems);
        }

        var (rows, problems) = ImportRules.CheckRows(table.Rows);
        if (problems.Count > 0)
        {
            return Refused<IReadOnlyList<ImportedRow>>(problems);
        }

        return rows.Count == 0
            ? Refused<IReadOnlyList<ImportedRow>>([new ImportProblem(1, null, "El archivo no trae filas de datos.")])
            : Result.Ok(rows);
    }

    private sealed record Applied(ImportSummary Summary, IReadOnlyList<int> Touched);

    private async Task<Result<Applied>> WriteAsync(Wave wave, IReadOnlyList<ImportedRow> rows, string fileName, Actor actor, string? confirmedFingerprint, CancellationToken cancellationToken)
    {
        var trackedWave = await db.Waves.SingleAsync(w => w.Id == wave.Id, cancellationToken);
        var initiatives = await db.Initiatives.ToListAsync(cancellationToken);
        var submissions = await db.Submissions.Include(submission => submission.History).Where(submission => submission.WaveId == wave.Id).ToListAsync(cancellationToken);
        var plan = ImportPlan.For(trackedWave, rows, initiatives, submissions);
        if (confirmedFingerprint is not null && !string.Equals(confirmedFingerprint, plan.Fingerprint, StringComparison.Ordinal))
        {
            return Result.Conflict<Applied>(StaleMessage);
        }

        if (plan.WaveRefusal is { } closed)
        {
            return Result.Failure<Applied>(closed);
        }

        if (!plan.CanApply)
        {
            return Refused<Applied>(plan.Problems);
        }

        var newInitiatives = new Dictionary<int, Initiative>();
        foreach (var row in plan.Of(ImportRowKind.New).Where(row => row.Initiative is null))
        {
            var initiative = new Initiative(row.InitiativeName, row.Source.Department!, null);
            initiative.DescribeProfile(row.Answers.ManagingEntityName, row.Answers.ManagingEntityType, row.Answers.Macrosector);
            newInitiatives[row.Row] = initiative;
            db.Initiatives.Add(initiative);
        }

        // New initiatives need their ids (and codes) before their submissions can point at them.
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var comment = $"Importado desde archivo «{fileName}»";
        var touched = new List<int>();
        foreach (var row in plan.Rows.Where(row => row.Kind is ImportRowKind.New or ImportRowKind.Changed))
        {
            var initiative = row.Initiative ?? newInitiatives[row.Row];
            var submission = row.Submission;
            if (submission is null)
            {
                submission = Submission.Import(initiative.Id, trackedWave, row.Answers, row.Source.Status, actor, now, comment);
                db.Submissions.Add(submission);
            }
            else
            {
                submission.ReplaceByImport(trackedWave, row.Answers, row.Source.Status, actor, now, comment);
            }

            categorizer.Refresh(submission, trackedWave);
            touched.Add(initiative.Id);
        }

        var summary = new ImportSummary(plan.Count(ImportRowKind.New), plan.Count(ImportRowKind.Changed), plan.Count(ImportRowKind.Unchanged), newInitiatives.Count);
        audit.Record(actor, "WaveImported", nameof(Wave), wave.Code, new { File = fileName, Rows = rows.Count, summary.Created, summary.Updated, summary.Unchanged, summary.InitiativesCreated });
        return Result.Ok(new Applied(summary, touched));
    }

    private async Task NotifyManagersAsync(IReadOnlyList<int> initiativeIds, Wave wave, string fileName, CancellationToken cancellationToken)
    {
        if (initiativeIds.Count == 0)
        {
            return;
        }

        var questionnaireUrl = links.Page("/Questionnaires/Index");
        var recipients = await (
            from initiative in db.Initiatives
            join user in db.Users on initiative.ManagerUserId equals user.Id
            where initiativeIds.Contains(initiative.Id) && user.Email != null
            select new { user.Email, user.DisplayName, Initiative = initiative.Name })
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            try
            {
                await email.SendAsync(PortalEmails.AnswersImported(recipient.Email!, recipient.DisplayName, recipient.Initiative, wave.Name, fileName, questionnaireUrl), cancellationToken);
            }
            catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // The import is committed and visible on the manager's page; a mail outage must not undo it.
                LogNotificationFailed(logger, exception, recipient.Initiative, wave.Code);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the manager of {Initiative} about the import into wave {Wave}")]
    private static partial void LogNotificationFailed(ILogger logger, Exception exception, string initiative, string wave);

    private static Result<T> Refused<T>(IEnumerable<ImportProblem> problems) =>
        Result.Failure<T>(problems.Select(ResultError.FromImport));

    private static bool IsNumeric(string column) =>
        column.StartsWith(ExchangeColumns.LevelPrefix, StringComparison.Ordinal)
        || QuestionnaireFields.Find(column)?.Kind is FieldKind.Count or FieldKind.Percent or FieldKind.Pesos;

    public static string FileName(Wave wave, ExchangeFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"ssme-ola-{wave.Code}.{(format == ExchangeFormat.Csv ? "csv" : "xlsx")}");
}
