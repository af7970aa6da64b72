namespace Ssme.Domain.Submissions;

/// <summary>Who performs an action, as recorded in status history and the audit log.</summary>
public sealed record Actor(string UserId, string DisplayName)
{
    public static Actor System { get; } = new("system", "Sistema");
}
