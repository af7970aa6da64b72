namespace Ssme.Domain.Submissions;

/// <summary>One recorded status change of a submission: who, when, from what to what, and why.</summary>
public sealed class SubmissionStatusChange
{
    private SubmissionStatusChange()
    {
        ChangedByUserId = string.Empty;
        ChangedByName = string.Empty;
    }

    public SubmissionStatusChange(SubmissionStatus from, SubmissionStatus to, Actor actor, DateTimeOffset at, string? comment)
    {
        From = from;
        To = to;
        ChangedByUserId = actor.UserId;
        ChangedByName = actor.DisplayName;
        ChangedAt = at;
        Comment = comment;
    }

    public int Id { get; private set; }

    public int SubmissionId { get; private set; }

    public SubmissionStatus From { get; private set; }

    public SubmissionStatus To { get; private set; }

    public string ChangedByUserId { get; private set; }

    public string ChangedByName { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Comment { get; private set; }
}
