using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Privacy;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Privacy;

/// <summary>The personal-data policy in force, and publishing a new version of it (admins).</summary>
public sealed class PrivacyPolicyHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The latest published version; the portal's first text until an admin publishes another.</summary>
    public async Task<PrivacyPolicyVersion> CurrentAsync(CancellationToken cancellationToken) =>
        await db.PrivacyPolicyVersions.AsNoTracking().OrderByDescending(version => version.Number).FirstOrDefaultAsync(cancellationToken)
            ?? PrivacyPolicyVersion.Initial;

    public Task<Result<PrivacyPolicyVersion>> PublishAsync(string text, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var current = await CurrentAsync(token);
            if (string.Equals(current.Text, text?.Trim().ReplaceLineEndings("\n"), StringComparison.Ordinal))
            {
                return Result.Failure<PrivacyPolicyVersion>("Texto de la política: es igual a la versión vigente; no se publicó una versión nueva.", "Text");
            }

            var next = current.Next(text ?? string.Empty, clock.GetUtcNow(), actor.DisplayName);
            db.PrivacyPolicyVersions.Add(next);
            audit.Record(actor, "PrivacyPolicyPublished", nameof(PrivacyPolicyVersion), next.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Result.Ok(next);
        }, cancellationToken);
}
