namespace Ssme.Domain.Roster;

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Failed,
}

public static class InvitationStates
{
    public static string ToSpanish(this InvitationState state) => state switch
    {
        InvitationState.Pending => "Pendiente",
        InvitationState.Accepted => "Aceptada",
        InvitationState.Expired => "Vencida",
        InvitationState.Failed => "Falló el envío",
        _ => state.ToString(),
    };
}
