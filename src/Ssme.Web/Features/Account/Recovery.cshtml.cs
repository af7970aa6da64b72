using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>Signing in with one of the recovery codes shown at enrolment, when the phone is not at hand. Each code works once.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class RecoveryModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Código de recuperación: escriba uno de los códigos que guardó al activar el segundo factor.")]
    [Display(Name = "Código de recuperación")]
    public string RecoveryCode { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            Errors = ModelState.ToSpanishErrors();
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCode.NormalizeRecovery(RecoveryCode));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Errors = [result.IsLockedOut
            ? SignInHandler.Refusal
            : "Código de recuperación: no es válido o ya fue usado. Cada código sirve una sola vez; use otro de los que guardó o pida ayuda al administrador del SSME."];
        return Page();
    }
}
