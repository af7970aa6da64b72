using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.MyAccount;

public sealed class IndexModel(MyAccountHandler account, SignInManager<ApplicationUser> signInManager) : PageModel
{
    [BindProperty]
    public PasswordForm Password { get; set; } = new();

    public AccountSummary Summary { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Challenge();

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            Errors = ModelState.ToSpanishErrors();
            return Page();
        }

        var changed = await account.ChangePasswordAsync(User.ToActor().UserId, Password.Current, Password.New, cancellationToken);
        if (!changed.Succeeded)
        {
            Errors = changed.Messages;
            return Page();
        }

        // The new security stamp ended every session of this person; this one continues.
        await signInManager.RefreshSignInAsync(changed.Value);
        TempData["Status"] = "Su contraseña fue cambiada. Las demás sesiones abiertas con su cuenta se cerraron.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var summary = await account.SummaryAsync(User.ToActor().UserId, cancellationToken);
        Summary = summary!;
        return summary is not null;
    }
}
