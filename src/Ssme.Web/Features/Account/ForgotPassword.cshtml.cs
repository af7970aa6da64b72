using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> userManager, IEmailSender emailSender, PortalLinks links) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Escriba el correo electrónico de su cuenta.")]
    [EmailAddress(ErrorMessage = "El correo electrónico no tiene un formato válido.")]
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

        // The answer is the same whether or not the account exists, so the form cannot reveal accounts.
        var user = await userManager.FindByEmailAsync(Email.Trim());
        if (user is not null && user.EmailConfirmed)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = links.Page("/Account/ResetPassword", new { code, email = user.Email });
            var message = PortalEmails.ResetPassword(user.Email!, link);
            // Sent once the answer is out: a mail server's delay would otherwise time the answer
            // differently for existing accounts and tell them apart (SPEC §11).
            Response.OnCompleted(() => emailSender.SendAsync(message, CancellationToken.None));
        }

        Sent = true;
        return Page();
    }
}
