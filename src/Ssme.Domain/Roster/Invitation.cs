using System.Linq.Expressions;
using Ssme.Domain.Common;

namespace Ssme.Domain.Roster;

/// <summary>
/// A single-use link that lets a person set their password and take an account: a manager bound to
/// an initiative (from a wave's roster), or an analyst or admin created by an admin (SPEC §10).
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(14);

    public const string Used = "Este enlace de invitación ya se usó. Ingrese con su correo y contraseña, o pida una nueva invitación al administrador del SSME.";

    public const string Lapsed = "Este enlace de invitación venció o fue reemplazado por uno más reciente. Pida una nueva invitación al administrador del SSME.";

    private Invitation()
    {
        TokenHash = string.Empty;
        Email = string.Empty;
        DisplayName = string.Empty;
        Role = string.Empty;
    }

    public Invitation(string tokenHash, string email, string displayName, string role, int? initiativeId, int? waveId, DateTimeOffset now)
        : this()
    {
        TokenHash = tokenHash;
        Email = email.Trim();
        DisplayName = displayName.Trim();
        Role = role;
        InitiativeId = initiativeId;
        WaveId = waveId;
        CreatedAt = now;
        ExpiresAt = now + Validity;
    }

    public int Id { get; private set; }

    public string TokenHash { get; private set; }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public string Role { get; private set; }

    /// <summary>The initiative the accepted account manages; null for staff invitations.</summary>
    public int? InitiativeId { get; private set; }

    public int? WaveId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public bool SendFailed { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? AcceptedUserId { get; private set; }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : SendFailed ? InvitationState.Failed
        : SentAt is null ? InvitationState.Unsent
        : InvitationState.Pending;

    /// <summary>Whether the link is addressed to <paramref name="email"/> (addresses compare without case).</summary>
    public bool IsFor(string email) => string.Equals(Email, email.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses a used or lapsed link; a link whose e-mail failed still works if it reached the person some other way.</summary>
    public void EnsureUsable(DateTimeOffset now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException(Used);
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException(Lapsed);
        }
    }

    public void Accept(string userId, DateTimeOffset now)
    {
        EnsureUsable(now);
        AcceptedAt = now;
        AcceptedUserId = userId;
    }

    /// <summary>The initiative went to someone else, or left the roster: a link not used yet stops working.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (IsUsableAt(now))
        {
            ExpiresAt = now;
        }
    }

    /// <summary>Whether this link can still be used at <paramref name="now"/>.</summary>
    public bool IsUsableAt(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    /// <summary>The same rule as <see cref="IsUsableAt"/>, as an expression a database query can run, to find the links to withdraw.</summary>
    public static Expression<Func<Invitation, bool>> UsableAt(DateTimeOffset now) =>
        invitation => invitation.AcceptedAt == null && now < invitation.ExpiresAt;

    public void RecordDelivery(bool sent, DateTimeOffset now)
    {
        SendFailed = !sent;
        SentAt = sent ? now : null;
    }
}
