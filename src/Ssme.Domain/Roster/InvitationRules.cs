namespace Ssme.Domain.Roster;

/// <summary>
/// How the invitations of one initiative read as a whole (SPEC §10). A re-send or a reminder adds a
/// new link and leaves the earlier ones to the same person working until they expire: only the hash
/// of a secret is kept, so a message cannot repeat an old link, and a new link that fails to leave
/// must not kill one that reached the person.
/// </summary>
public static class InvitationRules
{
    /// <summary>
    /// The invitation that tells the state of the links sent to one person: the accepted one, else
    /// the newest that reached them and still works, else the newest of all (vencida, falló, sin enviar).
    /// </summary>
    public static Invitation? Current(IEnumerable<Invitation> toOnePerson, DateTimeOffset now)
    {
        var newestFirst = toOnePerson.OrderByDescending(invitation => invitation.CreatedAt).ThenByDescending(invitation => invitation.Id).ToList();
        return newestFirst.FirstOrDefault(invitation => invitation.AcceptedAt is not null)
            ?? newestFirst.FirstOrDefault(invitation => invitation.StateAt(now) == InvitationState.Pending)
            ?? newestFirst.FirstOrDefault();
    }

    /// <summary>
    /// Whether a bulk invitation («Invitar a quienes…», <c>invite --roster</c>) writes to the roster
    /// contact: not when the initiative's manager already is that person, nor when a link sent to them
    /// still works or was accepted. A contact other than the bound manager is invited: the roster
    /// naming someone else is the request to hand the initiative over.
    /// </summary>
    public static bool BulkInvites(InvitationState? contactInvitation, bool managerIsContact) =>
        !managerIsContact && contactInvitation is not (InvitationState.Pending or InvitationState.Accepted);
}
