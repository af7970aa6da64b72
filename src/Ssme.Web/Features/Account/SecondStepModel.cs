using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;
using IdentitySignIn = Microsoft.AspNetCore.Identity.SignInResult;

namespace Ssme.Web.Features.Account;

/// <summary>
/// The step after a correct password for an account with a second factor: only reachable while
/// Identity holds the half-signed-in person, and a locked account reads like any refused sign-in.
/// </summary>
public abstract class SecondStepModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    protected SignInManager<ApplicationUser> SignInManager => signInManager;

    /// <summary>The name of the box the code is typed in.</summary>
    protected abstract string CodeField { get; }

    /// <summary>The message for a code that does not sign in.</summary>
    protected abstract string WrongCode { get; }

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
            return Page();
        }

        var result = await SignInWithCodeAsync();
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, SignInHandler.Refusal);
        }
        else
        {
            ModelState.AddModelError(CodeField, WrongCode);
        }

        return Page();
    }

    protected abstract Task<IdentitySignIn> SignInWithCodeAsync();
}
