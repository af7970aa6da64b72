using System.Net.Mail;
using Ssme.Domain.Roster;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// Sends the messages that bring initiatives in (invitations, reminders, claim decisions) and logs
/// each one, sent or failed, in <c>SentMessages</c>: a refusal is recorded for the admins to see and
/// act on, never lost (SPEC §10).
/// </summary>
public sealed partial class OutgoingMail(IEmailSender mail, SsmeDbContext db, UnitOfWork unitOfWork, TimeProvider clock, ILogger<OutgoingMail> logger)
{
    /// <summary>How long one message may take; past it the attempt is recorded as failed.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Sends outside any transaction (a slow mail server must not hold the write lock), then records
    /// the outcome. It takes no request token on purpose: once the portal decided to write, a closed
    /// browser tab must not leave the message half-done and unrecorded. Nothing but a fatal error
    /// escapes, so a batch goes on with the next message.
    /// </summary>
    public async Task<SentMessage> SendAsync(EmailMessage message, MessageKind kind, int? initiativeId, int? waveId)
    {
        string? failure = null;
        using var timeout = new CancellationTokenSource(SendTimeout);
        try
        {
            await mail.SendAsync(message, timeout.Token);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or StackOverflowException))
        {
            failure = SpanishReason(exception);
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

    /// <summary>What the admin reads in the message log; the exception's own (English) text stays in the server log.</summary>
    public static string SpanishReason(Exception exception) => exception switch
    {
        FormatException => "La dirección de correo no es válida: corríjala en el directorio o en la cuenta.",
        SmtpFailedRecipientException => "El servidor de correo rechazó la dirección del destinatario.",
        SmtpException { StatusCode: SmtpStatusCode.GeneralFailure } => "No se pudo conectar con el servidor de correo.",
        SmtpException => "El servidor de correo no aceptó el mensaje.",
        OperationCanceledException => "El servidor de correo no respondió a tiempo.",
        IOException => "Se perdió la conexión con el servidor de correo o no se pudo escribir el mensaje.",
        _ => "No se pudo enviar el mensaje por un error interno del portal (detalle en el registro del servidor).",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} to {To} failed; recorded in the message log")]
    private static partial void LogFailure(ILogger logger, MessageKind kind, string to, Exception exception);
}
