using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Users;

public sealed class IndexModel(UserAdministrationHandler administration, Roster.InvitationHandler invitations) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await administration.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken) =>
        Apply(administration.ChangeRoleAsync(id, role, User.ToActor(), cancellationToken), "El rol de la cuenta fue cambiado.", cancellationToken);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        Apply(administration.SetLockedAsync(id, true, User.ToActor(), cancellationToken), "La cuenta fue bloqueada.", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        Apply(administration.SetLockedAsync(id, false, User.ToActor(), cancellationToken), "La cuenta fue desbloqueada.", cancellationToken);

    /// <summary>A new link for a staff account that has not set its password; earlier links keep working until they expire.</summary>
    public async Task<IActionResult> OnPostResendAsync(string id, CancellationToken cancellationToken)
    {
        var run = await invitations.ResendStaffAsync(id, User.ToActor(), cancellationToken);
        if (!run.Succeeded)
        {
            Errors = run.Messages;
            Users = await administration.ListAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = run.Value.Failed == 0
            ? "Se reenvió la invitación: la persona crea su contraseña con el enlace nuevo (válido 14 días)."
            : "El servidor de correo rechazó la invitación: vea el motivo en el registro de mensajes y vuelva a intentarlo.";
        return RedirectToPage();
    }

    private async Task<IActionResult> Apply(Task<Result> operation, string success, CancellationToken cancellationToken)
    {
        var result = await operation;
        if (result.Succeeded)
        {
            TempData["Status"] = success;
            return RedirectToPage();
        }

        Errors = result.Messages;
        Users = await administration.ListAsync(cancellationToken);
        return Page();
    }
}
