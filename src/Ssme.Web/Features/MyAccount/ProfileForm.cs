using System.ComponentModel.DataAnnotations;

namespace Ssme.Web.Features.MyAccount;

/// <summary>The person's own data they may change themselves, as typed.</summary>
public sealed class ProfileForm
{
    [Display(Name = "Nombre completo")]
    [Required(ErrorMessage = "Nombre completo: es obligatorio.")]
    [StringLength(200, ErrorMessage = "Nombre completo: no puede superar 200 caracteres.")]
    public string DisplayName { get; set; } = string.Empty;
}
