using System.Security.Cryptography;
using Ssme.Domain.Common;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Publication;

/// <summary>
/// A wave's published report (SPEC §13): the PDF as rendered once, its SHA-256, and the public
/// aggregates, frozen at publication. Reopening the wave withdraws it; the record stays, so what was
/// published and when remains known, and publishing again after closing makes a new one.
/// </summary>
public sealed class WavePublication
{
    private WavePublication()
    {
        Pdf = [];
        PdfSha256 = ResultsJson = PublishedById = PublishedByName = string.Empty;
    }

    public int Id { get; private set; }

    public int WaveId { get; private set; }

    public byte[] Pdf { get; private set; }

    /// <summary>Lower-case hexadecimal, as <c>sha256sum</c> prints it.</summary>
    public string PdfSha256 { get; private set; }

    public string ResultsJson { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedById { get; private set; }

    public string PublishedByName { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnById { get; private set; }

    public string? WithdrawnByName { get; private set; }

    public bool IsPublished => WithdrawnAt is null;

    public PublicResults Results => PublicResults.FromJson(ResultsJson);

    /// <summary>Only a closed wave is published: its questionnaires are frozen, so the figures are final.</summary>
    public static void EnsurePublishable(Wave wave)
    {
        if (wave.Status != WaveStatus.Closed)
        {
            throw new DomainException($"Solo se publica una ola cerrada; la ola {wave.Code} está {wave.Status.ToSpanish().ToLowerInvariant()}. Ciérrela primero.");
        }
    }

    public static WavePublication Publish(Wave wave, byte[] pdf, PublicResults results, Actor actor, DateTimeOffset at)
    {
        EnsurePublishable(wave);
        return new WavePublication
        {
            WaveId = wave.Id,
            Pdf = pdf,
            PdfSha256 = Sha256(pdf),
            ResultsJson = results.ToJson(),
            PublishedAt = at,
            PublishedById = actor.UserId,
            PublishedByName = actor.DisplayName,
        };
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public void Withdraw(Actor actor, DateTimeOffset at)
    {
        if (!IsPublished)
        {
            return;
        }

        WithdrawnAt = at;
        WithdrawnById = actor.UserId;
        WithdrawnByName = actor.DisplayName;
    }
}
