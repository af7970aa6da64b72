using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Submissions;

/// <summary>
/// The questionnaire of one initiative in one wave (at most one per pair). Status rules of SPEC §3:
/// Draft → Submitted → (Returned → Submitted)* → Accepted, or Excluded (with a reason) from any
/// non-draft status; every change is recorded.
/// </summary>
public sealed class Submission
{
    public const int MaxCommentLength = 2000;

    private readonly List<SubmissionStatusChange> _history = [];

    private Submission()
    {
        Answers = new Answers();
    }

    public Submission(int initiativeId, int waveId, Answers answers, DateTimeOffset createdAt)
        : this()
    {
        InitiativeId = initiativeId;
        WaveId = waveId;
        Answers = answers;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int InitiativeId { get; private set; }

    public int WaveId { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public Answers Answers { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The analyst's comment of the latest return, shown to the manager while correcting.</summary>
    public string? ReturnComment { get; private set; }

    /// <summary>The reason of the exclusion while the submission is excluded.</summary>
    public string? ExclusionReason { get; private set; }

    /// <summary>The status before an exclusion, restored when the exclusion is undone.</summary>
    public SubmissionStatus? StatusBeforeExclusion { get; private set; }

    /// <summary>
    /// The sections started from the previous wave's answers that the manager has not confirmed yet
    /// (their slugs, ";"-separated). Such a section is not complete, and the questionnaire cannot be
    /// sent, until the manager reviews it and saves it.
    /// </summary>
    public string PendingConfirmation { get; private set; } = string.Empty;

    /// <summary>The wave whose answers this draft started from ("III Ola"), shown beside the copied values.</summary>
    public string? CopiedFromWaveName { get; private set; }

    /// <summary>Optimistic concurrency token: bumped on every change so two tabs never overwrite each other silently.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<SubmissionStatusChange> History => _history;

    /// <summary>
    /// The overall level (1–3) the engine computed when the answers last changed; kept so lists can
    /// filter and sort by level without recategorizing every row. Null is "Sin dato".
    /// </summary>
    public int? OverallLevel { get; private set; }

    public void RecordOverallLevel(int? overallLevel) => OverallLevel = overallLevel;

    /// <summary>Whether the manager may change answers now: a draft or a returned submission of an open wave.</summary>
    public bool IsEditableBy(Wave wave) =>
        wave.AcceptsAnswers && Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    public bool CanAccept => Status == SubmissionStatus.Submitted;

    public bool CanExclude => Status is not (SubmissionStatus.Draft or SubmissionStatus.Excluded);

    public bool CanUndoExclusion => Status == SubmissionStatus.Excluded;

    /// <summary>The number the manager's receipt names: "SSME-III-000048", the same for the life of the submission.</summary>
    public string ReceiptNumber(Wave wave)
    {
        EnsureWave(wave);
        return $"SSME-{wave.Code}-{Id.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The manager sees the official categorization and the ficha once the analysts accept (SPEC §1).</summary>
    public bool IsCategorizationPublished => Status == SubmissionStatus.Accepted;

    /// <summary>Counted as categorized (SPEC §3): submitted or accepted, with data for the period.</summary>
    public bool IsCategorized =>
        Status is SubmissionStatus.Submitted or SubmissionStatus.Accepted && Answers.HasPeriodData == true;

    /// <summary>A manager can start a questionnaire only while its wave is open.</summary>
    public static bool CanStartIn(Wave wave) => wave.AcceptsAnswers;

    /// <summary>
    /// A returned submission goes back to its manager for correction, so only while the wave is
    /// open: a closed wave could not be corrected and the submission would drop out of the categorization.
    /// </summary>
    public bool CanReturn(Wave wave) => Status == SubmissionStatus.Submitted && wave.AcceptsAnswers;

    public bool NeedsConfirmation(Section section) =>
        PendingConfirmation.Split(';', StringSplitOptions.RemoveEmptyEntries).Contains(section.Slug());

    public IReadOnlyList<Section> SectionsToConfirm => [.. QuestionnaireRules.QuestionSections.Where(NeedsConfirmation)];

    /// <summary>
    /// Complete (SPEC §4): its answers pass the section's rules, and copied values were confirmed.
    /// A period answer copied into an unconfirmed Perfil was not given for this wave, so every other
    /// section stays pending as if it were unanswered.
    /// </summary>
    public bool IsSectionComplete(Section section) =>
        !NeedsConfirmation(section)
        && QuestionnaireRules.IsSectionComplete(section, NeedsConfirmation(Section.Profile) ? Answers with { HasPeriodData = null } : Answers);

    /// <summary>Where the manager picks the questionnaire up: the first section not complete yet, or the review when all are.</summary>
    public Section ResumeAt => QuestionnaireRules.QuestionSections.FirstOrDefault(section => !IsSectionComplete(section), Section.Review);

    /// <summary>The manager reviewed the section's copied values and saved them.</summary>
    public void ConfirmSection(Section section) =>
        PendingConfirmation = string.Join(';', SectionsToConfirm.Where(pending => pending != section).Select(pending => pending.Slug()));

    /// <summary>A draft that starts from the answers of the initiative's previous wave: every section waits for the manager's confirmation.</summary>
    public static Submission StartFromPrevious(int initiativeId, Wave wave, Answers answers, string previousWaveName, DateTimeOffset at)
    {
        var submission = Start(initiativeId, wave, answers, at);
        submission.CopiedFromWaveName = previousWaveName;
        submission.PendingConfirmation = string.Join(';', QuestionnaireRules.QuestionSections.Select(section => section.Slug()));
        return submission;
    }

    /// <summary>What stands between the draft and sending it: sections to confirm first, then answers to complete or correct, keyed by field code.</summary>
    public IReadOnlyList<FieldProblem> ProblemsBeforeSending() =>
    [
        .. SectionsToConfirm.Select(section => new FieldProblem(QuestionnaireFields.In(section).First().Code, ConfirmationMessage(section))),
        .. QuestionnaireRules.CheckSubmission(Answers),
    ];

    public string ConfirmationMessage(Section section) =>
        $"Confirme la sección «{section.Title()}»: revise los valores copiados de la {CopiedFromWaveName}, marque «{ConfirmationStatement}» y guarde.";

    /// <summary>What the manager ticks to confirm a section's copied values (SPEC §4).</summary>
    public const string ConfirmationStatement = "Confirmo que estas respuestas describen el año analizado";

    /// <summary>The manager's first draft of a wave.</summary>
    public static Submission Start(int initiativeId, Wave wave, Answers answers, DateTimeOffset at) =>
        CanStartIn(wave)
            ? new Submission(initiativeId, wave.Id, answers, at)
            : throw new DomainException($"La ola {wave.Code} no está abierta; no se puede empezar el cuestionario.");

    public void UpdateAnswers(Wave wave, Answers answers, DateTimeOffset at)
    {
        EnsureWave(wave);
        if (!wave.AcceptsAnswers)
        {
            throw new DomainException($"La ola {wave.Code} no está abierta; no se pueden modificar las respuestas.");
        }

        if (Status is not (SubmissionStatus.Draft or SubmissionStatus.Returned))
        {
            throw new DomainException($"El cuestionario está en estado «{Status.ToSpanish()}» y no se puede modificar.");
        }

        Answers = answers;
        Touch(at);
    }

    /// <summary>
    /// An import may change only what no analyst has acted on yet: a draft or a submitted
    /// questionnaire. Accepted, excluded and returned ones wait for an analyst (SPEC §2, §3).
    /// </summary>
    public bool CanBeChangedByImport => Status is SubmissionStatus.Draft or SubmissionStatus.Submitted;

    /// <summary>A submission created from a file row, its history saying so.</summary>
    public static Submission Import(int initiativeId, Wave wave, Answers answers, SubmissionStatus status, Actor actor, DateTimeOffset at, string comment)
    {
        wave.EnsureAcceptsImports();
        var submission = new Submission(initiativeId, wave.Id, answers, at);
        submission.RecordImport(status, actor, at, comment);
        return submission;
    }

    /// <summary>Replaces the answers and status with a file row's, within the import rules.</summary>
    public void ReplaceByImport(Wave wave, Answers answers, SubmissionStatus status, Actor actor, DateTimeOffset at, string comment)
    {
        EnsureWave(wave);
        wave.EnsureAcceptsImports();
        if (!CanBeChangedByImport)
        {
            throw new DomainException($"El cuestionario está «{Status.ToSpanish()}»: una importación no lo cambia.");
        }

        Answers = answers;
        RecordImport(status, actor, at, comment);
    }

    public void Submit(Wave wave, Actor actor, DateTimeOffset at)
    {
        EnsureWave(wave);
        if (!wave.AcceptsAnswers)
        {
            throw new DomainException($"La ola {wave.Code} no está abierta; no se puede enviar el cuestionario.");
        }

        if (Status is not (SubmissionStatus.Draft or SubmissionStatus.Returned))
        {
            throw new DomainException($"El cuestionario ya fue enviado (estado «{Status.ToSpanish()}»).");
        }

        if (SectionsToConfirm is [var unconfirmed, ..])
        {
            throw new DomainException(ConfirmationMessage(unconfirmed));
        }

        SubmittedAt = at;
        ChangeStatus(SubmissionStatus.Submitted, actor, at, null);
    }

    public void Return(Wave wave, Actor actor, DateTimeOffset at, string comment)
    {
        EnsureWave(wave);
        var text = RequireText(comment, "El comentario para devolver el cuestionario es obligatorio.");
        if (Status != SubmissionStatus.Submitted)
        {
            throw new DomainException($"Solo se puede devolver un cuestionario enviado; este está «{Status.ToSpanish()}».");
        }

        if (!CanReturn(wave))
        {
            throw new DomainException($"La ola {wave.Code} está cerrada: el gerente no podría corregir el cuestionario. Acéptelo, exclúyalo o pida a un administrador que reabra la ola.");
        }

        ReturnComment = text;
        ChangeStatus(SubmissionStatus.Returned, actor, at, text);
    }

    public void Accept(Actor actor, DateTimeOffset at)
    {
        if (!CanAccept)
        {
            throw new DomainException($"Solo se puede aceptar un cuestionario enviado; este está «{Status.ToSpanish()}».");
        }

        ChangeStatus(SubmissionStatus.Accepted, actor, at, null);
    }

    public void Exclude(Actor actor, DateTimeOffset at, string reason)
    {
        var text = RequireText(reason, "El motivo de la exclusión es obligatorio.");
        if (!CanExclude)
        {
            throw new DomainException(Status == SubmissionStatus.Draft
                ? "Un borrador no se puede excluir: solo se excluyen cuestionarios enviados."
                : "El cuestionario ya está excluido.");
        }

        StatusBeforeExclusion = Status;
        ExclusionReason = text;
        ChangeStatus(SubmissionStatus.Excluded, actor, at, text);
    }

    public void UndoExclusion(Actor actor, DateTimeOffset at, string? comment)
    {
        if (!CanUndoExclusion)
        {
            throw new DomainException("Solo se puede deshacer la exclusión de un cuestionario excluido.");
        }

        var restored = StatusBeforeExclusion ?? SubmissionStatus.Submitted;
        StatusBeforeExclusion = null;
        ExclusionReason = null;
        ChangeStatus(restored, actor, at, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
    }

    /// <summary>Sets the status an import file states, recording it like any other change.</summary>
    public void SetStatusByImport(SubmissionStatus status, Actor actor, DateTimeOffset at, string comment)
    {
        if (status == Status)
        {
            return;
        }

        if (status is SubmissionStatus.Submitted or SubmissionStatus.Accepted)
        {
            SubmittedAt ??= at;
        }

        ChangeStatus(status, actor, at, comment);
    }

    /// <summary>Every import is in the history, even one that keeps the status, so the file that changed the answers is known.</summary>
    private void RecordImport(SubmissionStatus status, Actor actor, DateTimeOffset at, string comment)
    {
        if (status is SubmissionStatus.Submitted or SubmissionStatus.Accepted)
        {
            SubmittedAt ??= at;
        }

        ChangeStatus(status, actor, at, comment);
    }

    private void ChangeStatus(SubmissionStatus to, Actor actor, DateTimeOffset at, string? comment)
    {
        _history.Add(new SubmissionStatusChange(Status, to, actor, at, comment));
        Status = to;
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version = Guid.NewGuid();
    }

    private void EnsureWave(Wave wave)
    {
        if (wave.Id != WaveId)
        {
            throw new InvalidOperationException("The wave given is not this submission's wave.");
        }
    }

    private static string RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(message) { Input = DomainException.Inputs.Comment };
        }

        var trimmed = text.Trim();
        return trimmed.Length > MaxCommentLength
            ? throw new DomainException($"El texto no puede superar {MaxCommentLength} caracteres.") { Input = DomainException.Inputs.Comment }
            : trimmed;
    }
}
