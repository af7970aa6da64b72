namespace Ssme.Domain.Roster;

public enum MessageKind
{
    Invitation,
    Reminder,
    ClaimDecision,
}

/// <summary>One message the portal tried to send to bring an initiative in, and whether it left (SPEC §10: nothing lost silently).</summary>
public sealed class SentMessage
{
    public const int MaxFailureLength = 500;

    private SentMessage()
    {
        To = string.Empty;
        Subject = string.Empty;
    }

    public SentMessage(MessageKind kind, string to, string subject, int? initiativeId, int? waveId, DateTimeOffset at, string? failure)
        : this()
    {
        Kind = kind;
        To = to;
        Subject = subject;
        InitiativeId = initiativeId;
        WaveId = waveId;
        At = at;
        Failure = failure is { Length: > MaxFailureLength } ? failure[..MaxFailureLength] : failure;
    }

    public long Id { get; private set; }

    public MessageKind Kind { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public int? InitiativeId { get; private set; }

    public int? WaveId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Why the mail server refused it; null when it was sent.</summary>
    public string? Failure { get; private set; }

    public bool Sent => Failure is null;
}
