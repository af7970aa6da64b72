using System.Net;
using System.Net.Mail;
using System.Text;

namespace Ssme.Infrastructure.Email;

/// <summary>A message with its HTML and the same text as plain text, for mail readers and screen readers that prefer it.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Configuration section <c>Email</c>. Without <c>Smtp:Host</c>, messages are written as .eml files.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "SSME Red Cluster Colombia <no-responder@redclustercolombia.gov.co>";

    public string? PickupFolder { get; set; }

    public SmtpSettings Smtp { get; set; } = new();
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// Sends through SMTP when a host is configured; otherwise drops each message as an .eml file in the
/// pickup folder, so a local run can open the confirmation and reset links.
/// </summary>
public sealed class SmtpEmailSender(EmailOptions options, string defaultPickupFolder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, "text/html"));
        mail.To.Add(message.To);
        foreach (var attachment in message.Attachments)
        {
            mail.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }

        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            await DropInPickupFolderAsync(mail, cancellationToken);
            return;
        }

        using var client = CreateSmtpClient();
        await client.SendMailAsync(mail, cancellationToken);
    }

    /// <summary>
    /// Writes the message in a folder of its own and then moves it in, so whoever watches the pickup
    /// folder (a person, a mail relay, a test) never opens a half-written file.
    /// </summary>
    private async Task DropInPickupFolderAsync(MailMessage mail, CancellationToken cancellationToken)
    {
        var folder = string.IsNullOrWhiteSpace(options.PickupFolder) ? defaultPickupFolder : options.PickupFolder;
        var staging = Path.Combine(folder, ".escribiendo", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                await client.SendMailAsync(mail, cancellationToken);
            }

            foreach (var file in Directory.GetFiles(staging))
            {
                File.Move(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private SmtpClient CreateSmtpClient()
    {
        var client = new SmtpClient(options.Smtp.Host, options.Smtp.Port) { EnableSsl = options.Smtp.EnableSsl };
        if (!string.IsNullOrEmpty(options.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(options.Smtp.UserName, options.Smtp.Password);
        }

        return client;
    }
}
