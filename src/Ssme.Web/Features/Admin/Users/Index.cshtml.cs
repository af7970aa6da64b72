using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Users;

public sealed class IndexModel(UserAdministrationHandler administration) : PageModel
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
