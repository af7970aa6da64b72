using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Features.Review;

public sealed record SubmissionDetail(Submission Submission, Wave Wave, Initiative Initiative, CategorizationResult Result, string? ManagerEmail);

/// <summary>One submission as an analyst reads it: answers, levels with their reasons, history and the manager's address.</summary>
public sealed class SubmissionDetailHandler(SsmeDbContext db, SubmissionCategorizer categorizer)
{
    public async Task<SubmissionDetail?> DetailAsync(int submissionId, CancellationToken cancellationToken)
    {
        var found = await (
            from submission in db.Submissions.AsNoTracking().Include(s => s.History)
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            join wave in db.Waves.AsNoTracking() on submission.WaveId equals wave.Id
            where submission.Id == submissionId
            select new { submission, initiative, wave })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var managerEmail = found.initiative.ManagerUserId is { } managerId
            ? await db.Users.Where(user => user.Id == managerId).Select(user => user.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new SubmissionDetail(found.submission, found.wave, found.initiative, categorizer.Categorize(found.submission, found.wave), managerEmail);
    }
}
