using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ssme.Domain.Common;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Data;

namespace Ssme.Infrastructure.Auditing;

/// <summary>Records who changed what; entries are saved with the caller's unit of work.</summary>
public interface IAuditLog
{
    void Record(Actor actor, string action, string entityType, string entityId, object? details = null);
}

internal sealed partial class DatabaseAuditLog(SsmeDbContext db, TimeProvider clock, ILogger<DatabaseAuditLog> logger) : IAuditLog
{
    public void Record(Actor actor, string action, string entityType, string entityId, object? details = null)
    {
        var json = details is null ? null : JsonSerializer.Serialize(details);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.DisplayName, action, entityType, entityId, json));
        LogAudit(logger, action, entityType, entityId, actor.UserId, json);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit {Action} on {EntityType} {EntityId} by {UserId}: {Details}")]
    private static partial void LogAudit(ILogger logger, string action, string entityType, string entityId, string userId, string? details);
}
