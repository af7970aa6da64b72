using Ssme.Domain.Common;

namespace Ssme.Domain.Roster;

public enum ClaimStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// Someone registered for an initiative that exists without a manager: an admin decides whether
/// the account becomes its manager (SPEC §10) instead of the registration being refused.
/// </summary>
public sealed class InitiativeClaim
{
    private InitiativeClaim()
    {
        UserId = string.Empty;
    }

    public InitiativeClaim(int initiativeId, string userId, DateTimeOffset now)
        : this()
    {
        InitiativeId = initiativeId;
        UserId = userId;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int InitiativeId { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public ClaimStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public void Decide(bool approve, string adminUserId, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Pending)
        {
            throw new DomainException("Esta solicitud ya fue resuelta.");
        }

        Status = approve ? ClaimStatus.Approved : ClaimStatus.Rejected;
        DecidedAt = now;
        DecidedByUserId = adminUserId;
    }
}
