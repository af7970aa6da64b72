namespace Ssme.Domain.Common;

/// <summary>A structured audit record of a change to a wave, a submission or an account.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserId = string.Empty;
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string userId, string userName, string action, string entityType, string entityId, string? details)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Details = details;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string? Details { get; private set; }
}
