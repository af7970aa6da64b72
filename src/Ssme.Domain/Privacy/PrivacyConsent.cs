namespace Ssme.Domain.Privacy;

/// <summary>What a person accepted and when: stored with the account, shown to admins and in "Mi cuenta".</summary>
public sealed record PrivacyConsent(int Version, DateTimeOffset At)
{
    /// <summary>Ley 1581 asks for explicit consent: an unticked box is refused with this message, at the box.</summary>
    public const string Missing = "Autorización de datos personales: marque la casilla para aceptar la política de tratamiento de datos personales.";
}
