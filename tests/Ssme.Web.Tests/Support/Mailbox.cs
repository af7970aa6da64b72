using System.Text;
using System.Text.RegularExpressions;

namespace Ssme.Web.Tests.Support;

/// <summary>Reads the .eml files the app drops in its pickup folder, as a person would open them.</summary>
public static partial class Mailbox
{
    public static async Task<string> LinkSentToAsync(string mailFolder, string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(mailFolder))
            {
                foreach (var file in Directory.GetFiles(mailFolder, "*.eml"))
                {
                    var body = Decode(await File.ReadAllTextAsync(file));
                    if (body.Contains(email, StringComparison.OrdinalIgnoreCase) && Link().Match(body) is { Success: true } match)
                    {
                        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No message with a link was sent to {email}.");
    }

    /// <summary>Waits until <paramref name="count"/> messages reached <paramref name="email"/>: some are sent after the answer is out.</summary>
    public static async Task WaitForMessagesAsync(string mailFolder, string email, int count)
    {
        for (var attempt = 0; attempt < 100 && (await MessagesToAsync(mailFolder, email)).Count < count; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, (await MessagesToAsync(mailFolder, email)).Count);
    }

    /// <summary>Every message sent to <paramref name="email"/>, decoded, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> MessagesToAsync(string mailFolder, string email)
    {
        if (!Directory.Exists(mailFolder))
        {
            return [];
        }

        var messages = new List<(DateTime Written, string Text)>();
        foreach (var file in Directory.GetFiles(mailFolder, "*.eml"))
        {
            var text = Decode(await File.ReadAllTextAsync(file));
            if (text.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                messages.Add((File.GetLastWriteTimeUtc(file), text));
            }
        }

        return messages.OrderBy(message => message.Written).Select(message => message.Text).ToList();
    }

    /// <summary>The message with every part's body decoded; the parts of a multipart message (plain text and HTML) follow its headers.</summary>
    private static string Decode(string message)
    {
        var separator = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = message[..separator];
        var body = message[(separator + 4)..];
        if (Boundary().Match(headers) is { Success: true } boundary)
        {
            var parts = body.Split("--" + boundary.Groups[1].Value)
                .Select(part => part.TrimStart('\r', '\n'))
                .Where(part => part.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && part.Contains("\r\n\r\n", StringComparison.Ordinal))
                .Select(Decode);
            return headers + "\r\n\r\n" + string.Join("\r\n", parts);
        }

        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))));
        }
        else if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length)
                {
                    bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
                }
            }

            body = Encoding.UTF8.GetString([.. bytes]);
        }

        return headers + "\r\n\r\n" + body;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();

    [GeneratedRegex("boundary=\"?([^\";\\r\\n]+)\"?")]
    private static partial Regex Boundary();
}
