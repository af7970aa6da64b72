using System.ComponentModel.DataAnnotations;

namespace Ssme.Web.Features.MyAccount;

/// <summary>The password change as typed.</summary>
public sealed class PasswordForm
{
    [Display(Name = "Contraseña actual")]
    [Required(ErrorMessage = "Contraseña actual: es obligatoria.")]
    [DataType(DataType.Password)]
    public string Current { get; set; } = string.Empty;

    [Display(Name = "Nueva contraseña")]
    [Required(ErrorMessage = "Nueva contraseña: es obligatoria.")]
    [DataType(DataType.Password)]
    public string New { get; set; } = string.Empty;

    [Display(Name = "Confirme la nueva contraseña")]
    [DataType(DataType.Password)]
    [Compare(nameof(New), ErrorMessage = "Confirme la nueva contraseña: no coincide con la nueva contraseña.")]
    public string Confirm { get; set; } = string.Empty;
}
