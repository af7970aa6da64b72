using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>A new confirmation e-mail for someone who registered and lost or never got the first one.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ResendConfirmationModel(ManagerRegistrationHandler registration, PortalLinks links) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Correo electrónico: escriba el correo con el que se registró.")]
    [EmailAddress(ErrorMessage = "Correo electrónico: no tiene un formato válido.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Errors = ModelState.ToSpanishErrors();
            return Page();
        }

        // The answer is the same for any address, and the mail leaves after it, so neither the words nor the timing reveal an account.
        var message = await registration.ConfirmationAgainAsync(Email, (userId, code) => links.Page("/Account/ConfirmEmail", new { userId, code }));
        if (message is not null)
        {
            Response.OnCompleted(() => registration.SendAsync(message));
        }

        Sent = true;
        return Page();
    }
}
