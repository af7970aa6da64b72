using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public enum ReviewSort
{
    Name,
    Department,
    Status,
    Level,
    Updated,
}

/// <summary>The list's filters as the query string carries them; every value is optional.</summary>
public sealed record ReviewQuery(
    string? Department = null,
    Macrosector? Macrosector = null,
    SubmissionStatus? Status = null,
    int? Level = null,
    string? Search = null,
    ReviewSort Sort = ReviewSort.Name,
    bool Descending = false,
    int Page = 1)
{
    public const int PageSize = 25;

    /// <summary>"0" in the level filter stands for "Sin dato".</summary>
    public const int NoLevel = 0;
}

public sealed record ReviewRow(int Id, string Initiative, string DepartmentCode, Macrosector? Macrosector, SubmissionStatus Status, int? OverallLevel, DateTimeOffset UpdatedAt)
{
    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;
}

public sealed record SubmissionDetail(Submission Submission, Wave Wave, Initiative Initiative, CategorizationResult Result, string? ManagerEmail);

public enum ReviewAction
{
    Accept,
    Return,
    Exclude,
    UndoExclusion,
}

/// <summary>What analysts do with the submissions of a wave (SPEC §1, §3): list, read, move through the status workflow, count.</summary>
public sealed partial class ReviewService(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, IEmailSender email, TimeProvider clock, ILogger<ReviewService> logger)
{
    public async Task<IReadOnlyList<Wave>> WavesAsync(CancellationToken cancellationToken) =>
        (await db.Waves.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(wave => wave.PeriodYear).ThenByDescending(wave => wave.OpensOn).ToList();

    /// <summary>The wave a page shows: the one asked for by code, else the open one, else the newest.</summary>
    public static Wave? Pick(IReadOnlyList<Wave> waves, string? code) =>
        waves.FirstOrDefault(wave => string.Equals(wave.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? waves.FirstOrDefault(wave => wave.Status == WaveStatus.Open)
            ?? (waves.Count > 0 ? waves[0] : null);

    /// <summary>Filters, sorts and pages in the database, so a wave of 10 000 submissions answers one page at a time.</summary>
    public async Task<Paged<ReviewRow>> ListAsync(int waveId, ReviewQuery query, CancellationToken cancellationToken)
    {
        var rows =
            from submission in db.Submissions.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            where submission.WaveId == waveId
            select new { submission, initiative };
        if (Department.Find(query.Department) is { } department)
        {
            rows = rows.Where(row => row.initiative.DepartmentCode == department.Code);
        }

        if (query.Macrosector is { } macrosector)
        {
            rows = rows.Where(row => row.submission.Answers.Macrosector == macrosector);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(row => row.submission.Status == status);
        }

        if (query.Level == ReviewQuery.NoLevel)
        {
            rows = rows.Where(row => row.submission.OverallLevel == null);
        }
        else if (query.Level is { } level)
        {
            rows = rows.Where(row => row.submission.OverallLevel == level);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = Initiative.NormalizeName(query.Search);
            rows = rows.Where(row => row.initiative.NormalizedName.Contains(folded));
        }

        rows = (query.Sort, query.Descending) switch
        {
            (ReviewSort.Department, false) => rows.OrderBy(row => row.initiative.DepartmentCode).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Department, true) => rows.OrderByDescending(row => row.initiative.DepartmentCode).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Status, false) => rows.OrderBy(row => row.submission.Status).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Status, true) => rows.OrderByDescending(row => row.submission.Status).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Level, false) => rows.OrderBy(row => row.submission.OverallLevel).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Level, true) => rows.OrderByDescending(row => row.submission.OverallLevel).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Updated, false) => rows.OrderBy(row => row.submission.UpdatedAt).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Updated, true) => rows.OrderByDescending(row => row.submission.UpdatedAt).ThenBy(row => row.initiative.NormalizedName),
            (_, true) => rows.OrderByDescending(row => row.initiative.NormalizedName),
            _ => rows.OrderBy(row => row.initiative.NormalizedName),
        };

        return await rows
            .Select(row => new ReviewRow(row.submission.Id, row.initiative.Name, row.initiative.DepartmentCode, row.submission.Answers.Macrosector, row.submission.Status, row.submission.OverallLevel, row.submission.UpdatedAt))
            .ToPagedAsync(
            query.Page,
            ReviewQuery.PageSize,
            cancellationToken);
    }

    public async Task<SubmissionDetail?> DetailAsync(int submissionId, CancellationToken cancellationToken)
    {
        var found = await (
            from submission in db.Submissions.AsNoTracking().Include(s => s.History)
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            join wave in db.Waves.AsNoTracking() on submission.WaveId equals wave.Id
            where submission.Id == submissionId
            select new { submission, initiative, wave })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var managerEmail = found.initiative.ManagerUserId is { } managerId
            ? await db.Users.Where(user => user.Id == managerId).Select(user => user.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new SubmissionDetail(found.submission, found.wave, found.initiative, categorizer.Categorize(found.submission, found.wave), managerEmail);
    }

    /// <summary>
    /// Applies a status change; the domain refuses what SPEC §3 forbids, in Spanish. A return or an
    /// acceptance is e-mailed to the initiative's manager, with a link to <paramref name="questionnaireUrl"/>.
    /// </summary>
    public async Task<OperationResult> TransitionAsync(int submissionId, ReviewAction action, string? text, Guid postedVersion, Actor actor, string questionnaireUrl, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.Include(s => s.History).FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return OperationResult.Failure("El cuestionario no existe.");
        }

        db.Entry(submission).Property(s => s.Version).OriginalValue = postedVersion;
        var now = clock.GetUtcNow();
        try
        {
            switch (action)
            {
                case ReviewAction.Accept:
                    submission.Accept(actor, now);
                    break;
                case ReviewAction.Return:
                    submission.Return(await db.Waves.SingleAsync(w => w.Id == submission.WaveId, cancellationToken), actor, now, text ?? string.Empty);
                    break;
                case ReviewAction.Exclude:
                    submission.Exclude(actor, now, text ?? string.Empty);
                    break;
                case ReviewAction.UndoExclusion:
                    submission.UndoExclusion(actor, now, text);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, null);
            }

            audit.Record(actor, "Submission" + action, nameof(Submission), submission.Id.ToString(CultureInfo.InvariantCulture), new { To = submission.Status.ToString(), Comment = text });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            return OperationResult.Failure(exception.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Failure("El cuestionario cambió mientras lo revisaba (otra persona lo modificó). Revise su estado actual y repita la acción.");
        }

        if (action is ReviewAction.Return or ReviewAction.Accept)
        {
            await NotifyManagerAsync(submission, action, text, questionnaireUrl, cancellationToken);
        }

        return OperationResult.Success;
    }

    private async Task NotifyManagerAsync(Submission submission, ReviewAction action, string? comment, string questionnaireUrl, CancellationToken cancellationToken)
    {
        var recipient = await (
            from initiative in db.Initiatives
            join user in db.Users on initiative.ManagerUserId equals user.Id
            join wave in db.Waves on submission.WaveId equals wave.Id
            where initiative.Id == submission.InitiativeId
            select new { user.Email, user.DisplayName, Initiative = initiative.Name, Wave = wave.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (recipient?.Email is null)
        {
            return;
        }

        var encode = System.Text.Encodings.Web.HtmlEncoder.Default;
        var (subject, body) = action == ReviewAction.Return
            ? ($"Su cuestionario de la {recipient.Wave} necesita correcciones",
               $"<p>Hola, {encode.Encode(recipient.DisplayName)}:</p><p>Confecámaras devolvió el cuestionario de «{encode.Encode(recipient.Initiative)}» en la {encode.Encode(recipient.Wave)} con este comentario:</p><blockquote>{encode.Encode(comment ?? string.Empty)}</blockquote><p><a href=\"{encode.Encode(questionnaireUrl)}\">Corregir y enviar de nuevo</a></p>")
            : ($"Su cuestionario de la {recipient.Wave} fue aceptado",
               $"<p>Hola, {encode.Encode(recipient.DisplayName)}:</p><p>Confecámaras aceptó el cuestionario de «{encode.Encode(recipient.Initiative)}» en la {encode.Encode(recipient.Wave)}. Ya puede ver su categorización y descargar la ficha de la iniciativa.</p><p><a href=\"{encode.Encode(questionnaireUrl)}\">Ver mi cuestionario</a></p>");
        try
        {
            await email.SendAsync(new EmailMessage(recipient.Email, subject, body), cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            // The status change is saved and shown on the manager's page; a mail server outage must not undo it.
            LogNotificationFailed(logger, exception, submission.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the manager about submission {SubmissionId}")]
    private static partial void LogNotificationFailed(ILogger logger, Exception exception, int submissionId);

    /// <summary>The dashboard's figures: counts per status and the categorization table, through the domain's one counting rule.</summary>
    public async Task<WaveFigures> FiguresAsync(Wave wave, CancellationToken cancellationToken)
    {
        var methodology = categorizer.Methodology(wave);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.WaveId == wave.Id).ToListAsync(cancellationToken);
        return WaveFigures.Compute(submissions, methodology);
    }
}
