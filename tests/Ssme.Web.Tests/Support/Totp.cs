using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ssme.Web.Tests.Support;

/// <summary>
/// The authenticator app of a test person: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from the
/// Base32 key the portal shows. Identity's own implementation is internal, so tests carry this one.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; the test must compute what they compute.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key as the enrolment page shows it: lower case, in blocks of four.</summary>
    public static string Grouped(string base32Key) =>
        string.Join(' ', base32Key.ToLowerInvariant().Chunk(4).Select(block => new string(block)));

    private static byte[] FromBase32(string key)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var character in key.ToUpperInvariant().Where(character => character is not (' ' or '-' or '=')))
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(character, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
