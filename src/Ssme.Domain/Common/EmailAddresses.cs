using System.Net.Mail;

namespace Ssme.Domain.Common;

/// <summary>
/// The one rule for an address the portal writes to: a bare address (no display name, no list)
/// that the mail library will also accept, so nothing stored can stop a batch of messages later.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 256;

    public static bool IsValid(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var shaped = at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.');
        return shaped
            && MailAddress.TryCreate(value, out var parsed)
            && string.IsNullOrEmpty(parsed.DisplayName)
            && string.Equals(parsed.Address, value, StringComparison.Ordinal);
    }
}
