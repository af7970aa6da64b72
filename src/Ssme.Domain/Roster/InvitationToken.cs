using System.Security.Cryptography;
using System.Text;

namespace Ssme.Domain.Roster;

/// <summary>
/// The secret of an invitation link: 32 random bytes, sent once by e-mail. Only its SHA-256 hash is
/// stored, so a copy of the database does not hold working links.
/// </summary>
public sealed record InvitationToken(string Value)
{
    public const int HashLength = 64;

    public static InvitationToken New() => new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    public string Hash => HashOf(Value);

    public static string HashOf(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
