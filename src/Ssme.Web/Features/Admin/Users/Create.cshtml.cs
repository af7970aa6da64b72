using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Users;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Users;

public sealed class CreateModel(Roster.InvitationHandler invitations) : PageModel
{
    /// <summary>Managers register themselves with their initiative, so admins create staff accounts only.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Roles.Analyst, Roles.Admin];

    [BindProperty]
    public NewAccountForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!StaffRoles.Contains(Form.Role))
        {
            ModelState.AddModelError("Form.Role", "Elija el rol Analista o Administrador.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await invitations.InviteStaffAsync(Form.Email, Form.DisplayName, Form.Role, User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, "Form.");
            return Page();
        }

        TempData["Status"] = result.Value.Failed == 0
            ? $"Se creó la cuenta {Form.Email.Trim()} y se le envió una invitación para crear su contraseña (válida 14 días)."
            : $"Se creó la cuenta {Form.Email.Trim()}, pero el servidor de correo rechazó la invitación: reenvíela con «Reenviar la invitación» en la lista de cuentas cuando el correo funcione (vea el motivo en el registro de mensajes).";
        return RedirectToPage("Index");
    }
}

public sealed class NewAccountForm
{
    [Display(Name = "Nombre completo")]
    [Required(ErrorMessage = "El nombre es obligatorio.")]
    [StringLength(200, ErrorMessage = "El nombre no puede superar 200 caracteres.")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Correo electrónico")]
    [Required(ErrorMessage = "El correo electrónico es obligatorio.")]
    [EmailAddress(ErrorMessage = "El correo electrónico no tiene un formato válido.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Rol")]
    public string Role { get; set; } = Roles.Analyst;
}
