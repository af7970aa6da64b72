using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>The authenticator code asked after a correct password, for accounts with a second factor.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class TwoFactorModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Código de verificación: escriba los 6 dígitos de su aplicación autenticadora.")]
    [Display(Name = "Código de verificación")]
    public string Code { get; set; } = string.Empty;

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

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalize(Code), RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Errors = [result.IsLockedOut ? SignInHandler.Refusal : AuthenticatorCode.WrongCode];
        return Page();
    }
}
