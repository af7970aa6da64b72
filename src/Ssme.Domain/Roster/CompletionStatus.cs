using Ssme.Domain.Submissions;

namespace Ssme.Domain.Roster;

/// <summary>Where a roster initiative stands in a wave (SPEC §10): its submission's status, or not started.</summary>
public enum CompletionStatus
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Accepted,
    Excluded,
}

public static class CompletionStatuses
{
    public static IReadOnlyList<CompletionStatus> All { get; } = Enum.GetValues<CompletionStatus>();

    /// <summary>The groups a reminder may go to: those whose questionnaire still waits for the manager.</summary>
    public static IReadOnlyList<CompletionStatus> Remindable { get; } = [CompletionStatus.NotStarted, CompletionStatus.Draft, CompletionStatus.Returned];

    public static CompletionStatus Of(SubmissionStatus? status) => status switch
    {
        null => CompletionStatus.NotStarted,
        SubmissionStatus.Draft => CompletionStatus.Draft,
        SubmissionStatus.Submitted => CompletionStatus.Submitted,
        SubmissionStatus.Returned => CompletionStatus.Returned,
        SubmissionStatus.Accepted => CompletionStatus.Accepted,
        _ => CompletionStatus.Excluded,
    };

    /// <summary>The machine code used by the verb (<c>--status not_started</c>), the page's filter and the export.</summary>
    public static string Code(this CompletionStatus status) => status switch
    {
        CompletionStatus.NotStarted => "not_started",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? code, out CompletionStatus status)
    {
        status = All.FirstOrDefault(candidate => string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
        return All.Any(candidate => string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public static string ToSpanish(this CompletionStatus status) => status switch
    {
        CompletionStatus.NotStarted => "Sin empezar",
        CompletionStatus.Draft => "Borrador",
        CompletionStatus.Submitted => "Enviada",
        CompletionStatus.Returned => "Devuelta para corrección",
        CompletionStatus.Accepted => "Aceptada",
        _ => "Excluida",
    };

    /// <summary>How a reminder describes the questionnaire's situation ("…de «X» en la IV Ola {situation}").</summary>
    public static string ReminderSituation(this CompletionStatus status) => status switch
    {
        CompletionStatus.Draft => "está en borrador y aún no se ha enviado",
        CompletionStatus.Returned => "fue devuelto para corrección y espera que lo envíe de nuevo",
        _ => "aún no se ha empezado",
    };
}
