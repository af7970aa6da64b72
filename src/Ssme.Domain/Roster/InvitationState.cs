namespace Ssme.Domain.Roster;

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Failed,

    /// <summary>Created but its e-mail has not left (yet): it must not read as sent.</summary>
    Unsent,
}

public static class InvitationStates
{
    public static string ToSpanish(this InvitationState state) => state switch
    {
        InvitationState.Pending => "Pendiente",
        InvitationState.Accepted => "Aceptada",
        InvitationState.Expired => "Vencida",
        InvitationState.Failed => "Falló el envío",
        InvitationState.Unsent => "Sin enviar",
        _ => state.ToString(),
    };
}
