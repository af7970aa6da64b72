using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>Enrolling an authenticator app: required for admins before any other page, offered to analysts.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class AuthenticatorModel(UserManager<ApplicationUser> users, AuthenticatorEnrolmentHandler enrolment) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Código de verificación: escriba los 6 dígitos que muestra la aplicación.")]
    [Display(Name = "Código de verificación")]
    public string Code { get; set; } = string.Empty;

    public AuthenticatorSetup? Setup { get; private set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    /// <summary>Shown once, right after they are made; only their hashes are kept.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // The Account folder is open to anonymous visitors; this page is for a signed-in person only.
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var result = ModelState.IsValid ? await enrolment.EnableAsync(user, Code, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            RecoveryCodes = result.Value;
        }
        else if (result is not null)
        {
            ModelState.AddResultErrors(result);
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        RecoveryCodes = await enrolment.ReplaceRecoveryCodesAsync(user, cancellationToken);
        await ShowAsync(user);
        return Page();
    }

    private async Task ShowAsync(ApplicationUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = User.IsInRole(Roles.Admin);
        Setup = Enabled ? null : await enrolment.SetupAsync(user);
    }
}
