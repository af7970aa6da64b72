using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class RegisterModel(ManagerRegistrationHandler registration, PortalLinks links) : PageModel
{
    [BindProperty]
    public RegistrationForm Form { get; set; } = new();

    public bool Registered { get; private set; }

    public bool ClaimPending { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await registration.RegisterAsync(
            Form,
            new RegistrationLinks(
                (userId, code) => links.Page("/Account/ConfirmEmail", new { userId, code }),
                links.Page("/Account/ForgotPassword"),
                links.Page("/Account/Login")),
            cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, "Form.");
            return Page();
        }

        Registered = true;
        ClaimPending = result.Value == RegistrationOutcome.ClaimPending;
        return Page();
    }
}
