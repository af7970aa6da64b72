using System.ComponentModel.DataAnnotations;
using Ssme.Domain.Initiatives;

namespace Ssme.Web.Features.Account;

/// <summary>The registration form as typed: the manager's account and the initiative's profile.</summary>
public sealed class RegistrationForm
{
    [Display(Name = "Nombre completo")]
    [Required(ErrorMessage = "Nombre completo: es obligatorio.")]
    [StringLength(200, ErrorMessage = "Nombre completo: no puede superar 200 caracteres.")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Correo electrónico")]
    [Required(ErrorMessage = "Correo electrónico: es obligatorio.")]
    [EmailAddress(ErrorMessage = "Correo electrónico: no tiene un formato válido.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Contraseña")]
    [Required(ErrorMessage = "Contraseña: es obligatoria.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Confirme la contraseña")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Confirme la contraseña: no coincide con la contraseña.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [Display(Name = "Nombre de la iniciativa cluster")]
    [Required(ErrorMessage = "Nombre de la iniciativa: es obligatorio.")]
    [StringLength(Initiative.MaxNameLength, ErrorMessage = "Nombre de la iniciativa: no puede superar {1} caracteres.")]
    public string InitiativeName { get; set; } = string.Empty;

    [Display(Name = "Departamento gestor de la iniciativa")]
    [Required(ErrorMessage = "Departamento: elija el departamento de la iniciativa.")]
    public string Department { get; set; } = string.Empty;

    [Display(Name = "Nombre de la entidad gestora")]
    [Required(ErrorMessage = "Entidad gestora: es obligatoria.")]
    [StringLength(Initiative.MaxManagingEntityNameLength, ErrorMessage = "Entidad gestora: no puede superar {1} caracteres.")]
    public string ManagingEntityName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Tipo de entidad gestora: elija una opción.")]
    public string ManagingEntityType { get; set; } = string.Empty;

    [Required(ErrorMessage = "Macrosector: elija una opción.")]
    public string Macrosector { get; set; } = string.Empty;

    /// <summary>The explicit, unticked-by-default consent to the personal-data policy (Ley 1581 de 2012).</summary>
    public bool Consent { get; set; }
}
