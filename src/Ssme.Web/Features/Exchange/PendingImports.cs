using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Composition;

namespace Ssme.Web.Features.Exchange;

/// <summary>An uploaded file waiting for its preview to be confirmed: whose it is, for which wave, and the plan that was shown.</summary>
public sealed record PendingImport(string Id, string UserId, string WaveCode, string FileName, ExchangeFormat Format, DateTimeOffset UploadedAt, string? Fingerprint);

/// <summary>
/// Keeps an uploaded file on the server between the preview and the confirmation, so the
/// confirmation imports exactly the file that was previewed and never a copy the browser sends back.
/// Each file sits under the data folder by a random id, is found only by the user who uploaded it,
/// and is deleted once imported or refused, or when it expires.
/// </summary>
public sealed partial class PendingImports(DataFolder dataFolder, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private string Folder => Path.Combine(dataFolder.Path, "imports");

    public async Task<PendingImport> SaveAsync(string userId, string waveCode, string fileName, ExchangeFormat format, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        DeleteExpired();
        var pending = new PendingImport(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId, waveCode, fileName, format, clock.GetUtcNow(), null);
        await using (var file = new FileStream(ContentPath(pending.Id), FileMode.CreateNew, FileAccess.Write))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        await RememberAsync(pending, cancellationToken);
        return pending;
    }

    public Task RememberAsync(PendingImport pending, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(DescriptionPath(pending.Id), JsonSerializer.Serialize(pending), cancellationToken);

    /// <summary>The user's own pending file by its id; anything else — another user's, expired, malformed — is not found.</summary>
    public async Task<PendingImport?> FindAsync(string? id, string userId, CancellationToken cancellationToken)
    {
        if (id is null || !IdPattern().IsMatch(id) || !File.Exists(DescriptionPath(id)) || !File.Exists(ContentPath(id)))
        {
            return null;
        }

        var pending = JsonSerializer.Deserialize<PendingImport>(await File.ReadAllTextAsync(DescriptionPath(id), cancellationToken));
        if (pending is null || pending.Id != id || pending.UserId != userId)
        {
            return null;
        }

        if (clock.GetUtcNow() - pending.UploadedAt > Lifetime)
        {
            Delete(id);
            return null;
        }

        return pending;
    }

    public Stream Open(PendingImport pending) => File.OpenRead(ContentPath(pending.Id));

    public void Delete(string id)
    {
        File.Delete(ContentPath(id));
        File.Delete(DescriptionPath(id));
    }

    private void DeleteExpired()
    {
        var oldest = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(Folder).Where(file => File.GetLastWriteTimeUtc(file) < oldest))
        {
            File.Delete(file);
        }
    }

    private string ContentPath(string id) => Path.Combine(Folder, id + ".upload");

    private string DescriptionPath(string id) => Path.Combine(Folder, id + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
