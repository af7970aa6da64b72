using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public enum ReviewAction
{
    Accept,
    Return,
    Exclude,
    UndoExclusion,
}

/// <summary>Moves a submission through the analysts' workflow (SPEC §3) and tells its manager.</summary>
public sealed partial class ReviewWorkflowHandler(SsmeDbContext db, IAuditLog audit, IEmailSender email, UnitOfWork unitOfWork, TimeProvider clock, ILogger<ReviewWorkflowHandler> logger)
{
    /// <summary>
    /// Applies a status change; the domain refuses what SPEC §3 forbids, in Spanish. A return or an
    /// acceptance is e-mailed to the initiative's manager, with a link to <paramref name="questionnaireUrl"/>.
    /// </summary>
    public async Task<Result> TransitionAsync(int submissionId, ReviewAction action, string? text, Guid postedVersion, Actor actor, string questionnaireUrl, CancellationToken cancellationToken)
    {
        var result = await unitOfWork.RunAsync(async token =>
        {
            var submission = await db.Submissions.Include(s => s.History).FirstOrDefaultAsync(s => s.Id == submissionId, token);
            if (submission is null)
            {
                return Result.Failure("El cuestionario no existe.");
            }

            db.Entry(submission).Property(s => s.Version).OriginalValue = postedVersion;
            var now = clock.GetUtcNow();
            switch (action)
            {
                case ReviewAction.Accept:
                    submission.Accept(actor, now);
                    break;
                case ReviewAction.Return:
                    submission.Return(await db.Waves.SingleAsync(w => w.Id == submission.WaveId, token), actor, now, text ?? string.Empty);
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
            return Result.Success;
        }, cancellationToken);

        if (result.Succeeded && action is ReviewAction.Return or ReviewAction.Accept)
        {
            await NotifyManagerAsync(submissionId, action, text, questionnaireUrl, cancellationToken);
        }

        return result;
    }

    private async Task NotifyManagerAsync(int submissionId, ReviewAction action, string? comment, string questionnaireUrl, CancellationToken cancellationToken)
    {
        var recipient = await (
            from submission in db.Submissions
            join initiative in db.Initiatives on submission.InitiativeId equals initiative.Id
            join user in db.Users on initiative.ManagerUserId equals user.Id
            join wave in db.Waves on submission.WaveId equals wave.Id
            where submission.Id == submissionId
            select new { user.Email, user.DisplayName, Initiative = initiative.Name, Wave = wave.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (recipient?.Email is null)
        {
            return;
        }

        var message = action == ReviewAction.Return
            ? PortalEmails.SubmissionReturned(recipient.Email, recipient.DisplayName, recipient.Initiative, recipient.Wave, comment ?? string.Empty, questionnaireUrl)
            : PortalEmails.SubmissionAccepted(recipient.Email, recipient.DisplayName, recipient.Initiative, recipient.Wave, questionnaireUrl);
        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            // The status change is saved and shown on the manager's page; a mail server outage must not undo it.
            LogNotificationFailed(logger, exception, submissionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the manager about submission {SubmissionId}")]
    private static partial void LogNotificationFailed(ILogger logger, Exception exception, int submissionId);
}
