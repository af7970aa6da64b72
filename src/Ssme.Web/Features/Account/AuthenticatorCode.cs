namespace Ssme.Web.Features.Account;

/// <summary>Codes as a person types them from an app or a printout, made comparable.</summary>
public static class AuthenticatorCode
{
    public const string WrongCode = "Código de verificación: no es válido. Escriba los 6 dígitos que muestra ahora su aplicación autenticadora y revise que la hora de su teléfono sea la correcta.";

    /// <summary>An app's 6 digits: apps show them with a space in the middle, which is only for reading.</summary>
    public static string Normalize(string typed) =>
        string.Concat(typed.Where(character => !char.IsWhiteSpace(character) && character != '-'));

    /// <summary>A recovery code keeps its dash (Identity stores it so); case and surrounding spaces do not matter.</summary>
    public static string NormalizeRecovery(string typed) => typed.Trim().ToUpperInvariant();
}
