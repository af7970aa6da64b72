using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>A manager's own submission with its wave and initiative.</summary>
public sealed record OwnedSubmission(Submission Submission, Wave Wave, Initiative Initiative)
{
    public bool Editable => Submission.IsEditableBy(Wave);
}

public sealed record WaveEntry(Wave Wave, Submission? Submission, bool CanStart, Submission? Previous)
{
    public bool Editable => Submission?.IsEditableBy(Wave) == true;
}

public sealed record ManagerHome(Initiative Initiative, IReadOnlyList<WaveEntry> Waves);

/// <summary>
/// A saved section: the new version; the values that were refused (not stored); the stored values
/// that break a rule between answers; the fields another tab changed to something else meanwhile
/// (left as stored); and the fields written.
/// </summary>
public sealed record SectionSaved(Guid Version, IReadOnlyList<FieldProblem> Refused, IReadOnlyList<FieldProblem> Rules, IReadOnlyList<FieldProblem> Conflicts, IReadOnlyList<string> Written)
{
    public bool Clean => Refused.Count == 0 && Rules.Count == 0 && Conflicts.Count == 0;
}

/// <summary>
/// The manager's questionnaire: start, save a section, submit. Every method takes the signed-in
/// manager's id and only ever finds that manager's own initiative and submissions.
/// </summary>
public sealed partial class QuestionnaireHandler(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock, IEmailSender email, PortalLinks links, ILogger<QuestionnaireHandler> logger)
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

    /// <summary>Finds the draft of this wave, creating it (optionally from the previous wave's answers); the value is its id.</summary>
    public Task<Result<int>> StartAsync(string userId, int waveId, bool fromPrevious, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.ManagerUserId == userId, token);
            var wave = await db.Waves.FirstOrDefaultAsync(w => w.Id == waveId, token);
            if (initiative is null || wave is null)
            {
                return Result.Failure<int>("La ola no existe.");
            }

            if (await ExistingDraftAsync(initiative.Id, waveId, token) is { } existing)
            {
                return Result.Ok(existing);
            }

            var previous = fromPrevious ? PreviousWithWaveTo(await SubmissionsWithWavesAsync(initiative.Id, token), wave) : null;
            var submission = previous is { } copied
                ? Submission.StartFromPrevious(initiative.Id, wave, initiative.PrefillProfile(copied.Submission.Answers), copied.Wave.Name, clock.GetUtcNow())
                : Submission.Start(initiative.Id, wave, initiative.PrefillProfile(new Answers()), clock.GetUtcNow());
            categorizer.Refresh(submission, wave);
            db.Submissions.Add(submission);
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException)
            {
                // Another tab created the draft first; the unique (initiative, wave) index kept it single.
                db.ChangeTracker.Clear();
                return Result.Ok(await ExistingDraftAsync(initiative.Id, waveId, token) ?? throw new InvalidOperationException("The draft could not be created."));
            }

            return Result.Ok(submission.Id);
        }, cancellationToken);

    /// <summary>
    /// The manager's submission, tracked for a save unless <paramref name="forUpdate"/> is false.
    /// Its status history is not loaded: no questionnaire page shows it, and a status change
    /// appends to it without reading it.
    /// </summary>
    public async Task<OwnedSubmission?> FindOwnAsync(string userId, int submissionId, CancellationToken cancellationToken, bool forUpdate = true)
    {
        var found = await (forUpdate ? OwnTracked : OwnUntracked)(db, userId, submissionId, cancellationToken);
        return found is null ? null : new OwnedSubmission(found.Submission, found.Wave, found.Initiative);
    }

    private sealed record OwnRow(Submission Submission, Wave Wave, Initiative Initiative);

    // Every questionnaire request runs this look-up; compiled once, EF no longer compares the whole
    // LINQ tree with its query cache on each call (a fifth of a section view's CPU).
    private static readonly Func<SsmeDbContext, string, int, CancellationToken, Task<OwnRow?>> OwnTracked =
        EF.CompileAsyncQuery((SsmeDbContext context, string userId, int submissionId, CancellationToken _) => (
            from submission in context.Submissions
            join initiative in context.Initiatives on submission.InitiativeId equals initiative.Id
            join wave in context.Waves on submission.WaveId equals wave.Id
            where submission.Id == submissionId && initiative.ManagerUserId == userId
            select new OwnRow(submission, wave, initiative)).FirstOrDefault());

    private static readonly Func<SsmeDbContext, string, int, CancellationToken, Task<OwnRow?>> OwnUntracked =
        EF.CompileAsyncQuery((SsmeDbContext context, string userId, int submissionId, CancellationToken _) => (
            from submission in context.Submissions.AsNoTracking()
            join initiative in context.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            join wave in context.Waves.AsNoTracking() on submission.WaveId equals wave.Id
            where submission.Id == submissionId && initiative.ManagerUserId == userId
            select new OwnRow(submission, wave, initiative)).FirstOrDefault());

    public CategorizationResult Preliminary(OwnedSubmission owned) => categorizer.Categorize(owned.Submission, owned.Wave);

    /// <summary>
    /// Stores the section's values that this tab changed (<see cref="TabMerge"/>) and that parse;
    /// values that do not parse are reported and left as they were, and the page shows them again as
    /// typed. A field another tab changed to something else meanwhile is left as stored and reported
    /// as a conflict. The initiative's name and department always come from the initiative.
    /// </summary>
    /// <param name="loaded">Each field's value when the tab loaded the page.</param>
    /// <param name="confirming">The person ticked the confirmation of the section's values copied from the previous wave (SPEC §4); moving between sections does not confirm.</param>
    public Task<Result<SectionSaved>> SaveSectionAsync(OwnedSubmission owned, Section section, IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, string?> loaded, bool confirming, CancellationToken cancellationToken)
    {
        var submission = owned.Submission;
        var answers = submission.Answers;
        var problems = new List<FieldProblem>();
        var conflicts = new List<FieldProblem>();
        var written = new List<string>();
        // Name and department are the initiative's (SPEC §3): whatever a form posts for them is ignored.
        foreach (var field in QuestionnaireFields.In(section).Where(field => !Initiative.IsIdentityField(field.Code)))
        {
            typed.TryGetValue(field.Code, out var value);
            switch (TabMerge.Decide(field, submission.Answers, loaded.GetValueOrDefault(field.Code), value))
            {
                case TabEdit.Conflict:
                    conflicts.Add(new FieldProblem(field.Code, $"Mientras usted escribía, en otra pestaña se guardó «{field.ToDisplay(submission.Answers) ?? "sin respuesta"}». En el campo está lo que usted escribió: pulse «Guardar» para conservarlo, o cámbielo por el valor guardado."));
                    continue;
                case TabEdit.Untouched:
                    continue;
            }

            (answers, var problem) = field.TryAssign(answers, value, ValueFormat.Typed);
            if (problem is not null)
            {
                problems.Add(new FieldProblem(field.Code, problem));
            }
            else
            {
                written.Add(field.Code);
            }
        }

        answers = owned.Initiative.WithIdentity(answers);
        IReadOnlyList<FieldProblem> betweenAnswers = [.. SectionValidator.For(section, complete: false).Check(answers)
            .Where(rule => problems.Concat(conflicts).All(problem => problem.Code != rule.Code))];
        return unitOfWork.RunAsync(_ =>
        {
            submission.UpdateAnswers(owned.Wave, answers, clock.GetUtcNow());
            if (confirming)
            {
                submission.ConfirmSection(section);
            }

            categorizer.Refresh(submission, owned.Wave);
            return Task.FromResult(Result.Ok(new SectionSaved(submission.Version, problems, betweenAnswers, conflicts, written)));
        }, cancellationToken);
    }

    /// <summary>Sends the questionnaire; a failure lists the answers to complete or correct, keyed by field code.</summary>
    public Task<Result> SubmitAsync(OwnedSubmission owned, Guid postedVersion, Actor actor, CancellationToken cancellationToken)
    {
        // A questionnaire that cannot be sent any more gets the domain's refusal, not a list of answers to fix.
        var problems = owned.Editable ? owned.Submission.ProblemsBeforeSending() : [];
        if (problems.Count > 0)
        {
            return Task.FromResult(Result.Failure(problems.Select(problem => new ResultError(problem.Message, problem.Code))));
        }

        var submission = owned.Submission;
        return unitOfWork.RunAsync(_ =>
        {
            db.Entry(submission).Property(s => s.Version).OriginalValue = postedVersion;
            submission.Submit(owned.Wave, actor, clock.GetUtcNow());
            categorizer.Refresh(submission, owned.Wave);
            audit.Record(actor, "SubmissionSubmitted", nameof(Submission), submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(Result.Success);
        }, cancellationToken);
    }

    /// <summary>The comprobante of a sent questionnaire (its latest sending); null while it was never sent.</summary>
    public static byte[]? ReceiptPdf(OwnedSubmission owned, CancellationToken cancellationToken) =>
        owned.Submission.SubmittedAt is { } sentAt
            ? ReceiptDocument.Render(new Receipt(owned.Submission.ReceiptNumber(owned.Wave), owned.Initiative.Name, owned.Initiative.Code?.ToString() ?? "—", owned.Wave.Name, sentAt, owned.Submission.Answers), cancellationToken)
            : null;

    public static string ReceiptFileName(OwnedSubmission owned) => $"comprobante-{owned.Submission.ReceiptNumber(owned.Wave)}.pdf";

    /// <summary>E-mails the manager the receipt with its PDF copy; the sending stands even when the mail server fails.</summary>
    public async Task SendReceiptAsync(OwnedSubmission owned, string userId, CancellationToken cancellationToken)
    {
        var manager = await db.Users.AsNoTracking().Where(user => user.Id == userId).Select(user => new { user.Email, user.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (manager?.Email is null || ReceiptPdf(owned, cancellationToken) is not { } pdf)
        {
            return;
        }

        var message = PortalEmails.SubmissionReceived(
            manager.Email,
            manager.DisplayName,
            owned.Initiative.Name,
            owned.Wave.Name,
            owned.Submission.ReceiptNumber(owned.Wave),
            links.Page("/Questionnaires/Index")) with
        {
            Attachments = [new EmailAttachment(ReceiptFileName(owned), "application/pdf", pdf)],
        };
        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            // The questionnaire is sent and its comprobante stays downloadable; a mail outage must not undo the sending.
            LogReceiptFailed(logger, exception, owned.Submission.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the receipt of submission {SubmissionId}")]
    private static partial void LogReceiptFailed(ILogger logger, Exception exception, int submissionId);

    private Task<int?> ExistingDraftAsync(int initiativeId, int waveId, CancellationToken cancellationToken) =>
        db.Submissions.Where(s => s.InitiativeId == initiativeId && s.WaveId == waveId).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The initiative's submission of the latest wave analysing an earlier year: what a new draft may start from.</summary>
    private static Submission? PreviousTo(IReadOnlyList<(Submission Submission, Wave Wave)> submissions, Wave wave) =>
        PreviousWithWaveTo(submissions, wave)?.Submission;

    private static (Submission Submission, Wave Wave)? PreviousWithWaveTo(IReadOnlyList<(Submission Submission, Wave Wave)> submissions, Wave wave) =>
        submissions
            .Where(pair => pair.Wave.PeriodYear < wave.PeriodYear)
            .OrderByDescending(pair => pair.Wave.PeriodYear)
            .Select(pair => ((Submission, Wave)?)pair)
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
