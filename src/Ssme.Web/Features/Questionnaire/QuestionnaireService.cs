using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;

namespace Ssme.Web.Features.Questionnaire;

/// <summary>A manager's own submission with its wave and initiative.</summary>
public sealed record OwnedSubmission(Submission Submission, Wave Wave, Initiative Initiative)
{
    public bool Editable => Submission.IsEditableBy(Wave);
}

public sealed record WaveEntry(Wave Wave, Submission? Submission, bool CanStart, Submission? Previous);

public sealed record ManagerHome(Initiative Initiative, IReadOnlyList<WaveEntry> Waves);

/// <summary>What happened to a save: problems per field, a refused save, or a conflict with another save.</summary>
public sealed record SaveOutcome(IReadOnlyList<FieldProblem> Problems, string? Refusal, bool Conflict, Guid Version)
{
    public bool Saved => Refusal is null && !Conflict;
}

/// <summary>
/// The manager's questionnaire: start, save a section, submit. Every method takes the signed-in
/// manager's id and only ever finds that manager's own initiative and submissions.
/// </summary>
public sealed class QuestionnaireService(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, TimeProvider clock)
{
    public async Task<ManagerHome?> HomeAsync(string userId, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.ManagerUserId == userId, cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var submissions = await SubmissionsWithWavesAsync(initiative.Id, cancellationToken);
        var waves = await db.Waves.AsNoTracking().ToListAsync(cancellationToken);
        var relevant = waves
            .Where(wave => wave.AcceptsAnswers || submissions.Any(pair => pair.Wave.Id == wave.Id))
            .OrderByDescending(wave => wave.PeriodYear).ThenByDescending(wave => wave.OpensOn)
            .Select(wave =>
            {
                var submission = submissions.FirstOrDefault(pair => pair.Wave.Id == wave.Id).Submission;
                return new WaveEntry(wave, submission, submission is null && Submission.CanStartIn(wave), PreviousTo(submissions, wave));
            })
            .ToList();
        return new ManagerHome(initiative, relevant);
    }

    /// <summary>Finds the draft of this wave, creating it (optionally from the previous wave's answers).</summary>
    public async Task<(int? SubmissionId, string? Refusal)> StartAsync(string userId, int waveId, bool fromPrevious, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.ManagerUserId == userId, cancellationToken);
        var wave = await db.Waves.FirstOrDefaultAsync(w => w.Id == waveId, cancellationToken);
        if (initiative is null || wave is null)
        {
            return (null, "La ola no existe.");
        }

        Task<int?> ExistingAsync() =>
            db.Submissions.Where(s => s.InitiativeId == initiative.Id && s.WaveId == waveId).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

        var existing = await ExistingAsync();
        if (existing is not null)
        {
            return (existing, null);
        }

        var previous = fromPrevious ? PreviousTo(await SubmissionsWithWavesAsync(initiative.Id, cancellationToken), wave)?.Answers : null;
        var answers = initiative.PrefillProfile(previous ?? new Answers());

        Submission submission;
        try
        {
            submission = Submission.Start(initiative.Id, wave, answers, clock.GetUtcNow());
        }
        catch (DomainException exception)
        {
            return (null, exception.Message);
        }

        categorizer.Refresh(submission, wave);
        db.Submissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab created the draft first; the unique (initiative, wave) index kept it single.
            db.ChangeTracker.Clear();
            var winner = await ExistingAsync();
            return winner is null ? throw new InvalidOperationException("The draft could not be created.") : (winner, null);
        }

        return (submission.Id, null);
    }

    public async Task<OwnedSubmission?> FindOwnAsync(string userId, int submissionId, CancellationToken cancellationToken)
    {
        var found = await (
            from submission in db.Submissions.Include(s => s.History)
            join initiative in db.Initiatives on submission.InitiativeId equals initiative.Id
            join wave in db.Waves on submission.WaveId equals wave.Id
            where submission.Id == submissionId && initiative.ManagerUserId == userId
            select new { submission, wave, initiative })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new OwnedSubmission(found.submission, found.wave, found.initiative);
    }

    public CategorizationResult Preliminary(OwnedSubmission owned) => categorizer.Categorize(owned.Submission, owned.Wave);

    /// <summary>
    /// Stores the section's values that parse; values that do not parse are reported and left as
    /// they were, and the page shows them again as typed.
    /// </summary>
    public async Task<SaveOutcome> SaveSectionAsync(OwnedSubmission owned, Section section, IReadOnlyDictionary<string, string?> raw, Guid postedVersion, CancellationToken cancellationToken)
    {
        var submission = owned.Submission;
        var answers = submission.Answers;
        var problems = new List<FieldProblem>();
        foreach (var field in QuestionnaireFields.In(section))
        {
            raw.TryGetValue(field.Code, out var value);
            (answers, var problem) = field.TryAssign(answers, value, ValueFormat.Typed);
            if (problem is not null)
            {
                problems.Add(new FieldProblem(field.Code, problem));
            }
        }

        db.Entry(submission).Property(s => s.Version).OriginalValue = postedVersion;
        try
        {
            submission.UpdateAnswers(owned.Wave, answers, clock.GetUtcNow());
            categorizer.Refresh(submission, owned.Wave);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            return new SaveOutcome(problems, exception.Message, false, postedVersion);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Submissions.AsNoTracking().Where(s => s.Id == submission.Id).Select(s => s.Version).FirstAsync(cancellationToken);
            return new SaveOutcome(problems, null, true, current);
        }

        var betweenAnswers = SectionValidator.For(section, complete: false).Check(answers)
            .Where(rule => problems.All(problem => problem.Code != rule.Code));
        return new SaveOutcome([.. problems, .. betweenAnswers], null, false, submission.Version);
    }

    public async Task<(IReadOnlyList<FieldProblem> Problems, string? Refusal, bool Conflict)> SubmitAsync(OwnedSubmission owned, Guid postedVersion, Actor actor, CancellationToken cancellationToken)
    {
        // A questionnaire that cannot be sent any more gets the domain's refusal, not a list of answers to fix.
        var problems = owned.Editable ? QuestionnaireRules.CheckSubmission(owned.Submission.Answers) : [];
        if (problems.Count > 0)
        {
            return (problems, null, false);
        }

        var submission = owned.Submission;
        db.Entry(submission).Property(s => s.Version).OriginalValue = postedVersion;
        try
        {
            submission.Submit(owned.Wave, actor, clock.GetUtcNow());
            categorizer.Refresh(submission, owned.Wave);
            audit.Record(actor, "SubmissionSubmitted", nameof(Submission), submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            return ([], exception.Message, false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ([], null, true);
        }

        return ([], null, false);
    }

    /// <summary>The initiative's submission of the latest wave analysing an earlier year: what a new draft may start from.</summary>
    private static Submission? PreviousTo(IReadOnlyList<(Submission Submission, Wave Wave)> submissions, Wave wave) =>
        submissions
            .Where(pair => pair.Wave.PeriodYear < wave.PeriodYear)
            .OrderByDescending(pair => pair.Wave.PeriodYear)
            .Select(pair => pair.Submission)
            .FirstOrDefault();

    private async Task<List<(Submission Submission, Wave Wave)>> SubmissionsWithWavesAsync(int initiativeId, CancellationToken cancellationToken) =>
        (await (
            from submission in db.Submissions.AsNoTracking()
            join wave in db.Waves.AsNoTracking() on submission.WaveId equals wave.Id
            where submission.InitiativeId == initiativeId
            select new { submission, wave })
            .ToListAsync(cancellationToken))
            .Select(row => (row.submission, row.wave))
            .ToList();
}
