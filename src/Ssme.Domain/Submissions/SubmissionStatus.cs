namespace Ssme.Domain.Submissions;

/// <summary>Statuses of SPEC §3. The English names are the machine values of the <c>status</c> CSV column.</summary>
public enum SubmissionStatus
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
    Excluded = 4,
}

public static class SubmissionStatusText
{
    public static string ToSpanish(this SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "Borrador",
        SubmissionStatus.Submitted => "Enviada",
        SubmissionStatus.Returned => "Devuelta para corrección",
        SubmissionStatus.Accepted => "Aceptada",
        SubmissionStatus.Excluded => "Excluida",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
