using Ssme.Domain.Roster;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// Sends the messages that bring initiatives in (invitations, reminders, claim decisions) and logs
/// each one, sent or failed, in <c>SentMessages</c>: a mail-server refusal is recorded for the admins
/// to see and act on, never lost (SPEC §10).
/// </summary>
public sealed partial class OutgoingMail(IEmailSender mail, SsmeDbContext db, UnitOfWork unitOfWork, TimeProvider clock, ILogger<OutgoingMail> logger)
{
    /// <summary>Sends outside any transaction (a slow mail server must not hold the write lock), then records the outcome.</summary>
    public async Task<SentMessage> SendAsync(EmailMessage message, MessageKind kind, int? initiativeId, int? waveId, CancellationToken cancellationToken)
    {
        string? failure = null;
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            failure = exception.Message;
            LogFailure(logger, kind, message.To, exception);
        }

        var record = new SentMessage(kind, message.To, message.Subject, initiativeId, waveId, clock.GetUtcNow(), failure);
        await unitOfWork.RunAsync(_ =>
        {
            db.SentMessages.Add(record);
            return Task.FromResult(Result.Success);
        }, CancellationToken.None);
        return record;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} to {To} failed; recorded in the message log")]
    private static partial void LogFailure(ILogger logger, MessageKind kind, string to, Exception exception);
}
