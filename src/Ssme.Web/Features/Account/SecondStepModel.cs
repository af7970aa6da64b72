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

    public IReadOnlyList<string> Errors { get; private set; } = [];

    protected SignInManager<ApplicationUser> SignInManager => signInManager;

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
            Errors = ModelState.ToSpanishErrors();
            return Page();
        }

        var result = await SignInWithCodeAsync();
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Errors = [result.IsLockedOut ? SignInHandler.Refusal : WrongCode];
        return Page();
    }

    protected abstract Task<IdentitySignIn> SignInWithCodeAsync();
}
