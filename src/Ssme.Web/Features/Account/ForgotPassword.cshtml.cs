using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;

namespace Ssme.Web.Features.Account;

[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> userManager, IEmailSender emailSender) : PageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors = ModelState.Values.SelectMany(value => value.Errors).Select(error => error.ErrorMessage).ToList();
            return Page();
        }

        // The answer is the same whether or not the account exists, so the form cannot reveal accounts.
        var user = await userManager.FindByEmailAsync(Email.Trim());
        if (user is not null && user.EmailConfirmed)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { code, email = user.Email }, protocol: Request.Scheme)!;
            await emailSender.SendAsync(
                new EmailMessage(
                    user.Email!,
                    "Restablecer su contraseña del SSME",
                    $"<p>Recibimos una solicitud para restablecer su contraseña del SSME.</p><p><a href=\"{HtmlEncoder.Default.Encode(link)}\">Restablecer la contraseña</a></p><p>Si usted no la solicitó, ignore este mensaje.</p>"),
                cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
