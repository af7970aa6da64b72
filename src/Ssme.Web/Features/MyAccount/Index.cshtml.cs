using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.MyAccount;

public sealed class IndexModel(MyAccountHandler account, SignInManager<ApplicationUser> signInManager) : PageModel
{
    // Each form is bound by its own handler only, so posting one never validates the other.
    public ProfileForm Profile { get; private set; } = new();

    public PasswordForm Password { get; private set; } = new();

    public AccountSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Challenge();

    public async Task<IActionResult> OnPostProfileAsync([Bind(Prefix = nameof(Profile))] ProfileForm profile, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        Profile = profile;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var updated = await account.UpdateNameAsync(User.ToActor().UserId, profile.DisplayName, cancellationToken);
        if (!updated.Succeeded)
        {
            ModelState.AddResultErrors(updated);
            return Page();
        }

        TempData["Status"] = "Sus datos quedaron actualizados.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync([Bind(Prefix = nameof(Password))] PasswordForm password, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        Password = password;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = await account.ChangePasswordAsync(User.ToActor().UserId, password.Current, password.New, cancellationToken);
        if (!changed.Succeeded)
        {
            ModelState.AddResultErrors(changed);
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
        Profile = new ProfileForm { DisplayName = summary?.DisplayName ?? string.Empty };
        return summary is not null;
    }
}
