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

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Registered { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors = ModelState.ToSpanishErrors();
            return Page();
        }

        var result = await registration.RegisterAsync(
            Form,
            new RegistrationLinks(
                (userId, code) => links.Page("/Account/ConfirmEmail", new { userId, code }),
                links.Page("/Account/ForgotPassword")),
            cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Messages;
            return Page();
        }

        Registered = true;
        return Page();
    }
}
