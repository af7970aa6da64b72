using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;

namespace Ssme.Web.Features.Account;

// The link's code is a secret that could be guessed at, so attempts are limited like sign-in (SPEC §11).
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> userManager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Escriba la contraseña nueva.")]
    [DataType(DataType.Password)]
    [Display(Name = "Contraseña nueva")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "La confirmación no coincide con la contraseña nueva.")]
    [Display(Name = "Confirme la contraseña nueva")]
    public string ConfirmPassword { get; set; } = string.Empty;

    private const string InvalidLink = "El enlace no es válido o ya expiró. Solicite uno nuevo.";

    public bool Done { get; private set; }

    public IActionResult OnGet() =>
        string.IsNullOrEmpty(Code) ? RedirectToPage("/Account/ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Email);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }

        var result = await userManager.ResetPasswordAsync(user, token, Password);
        foreach (var error in result.Errors)
        {
            // The password policy's refusals belong to the box; a bad or used token to the link.
            ModelState.AddModelError(error.Code.StartsWith(nameof(Password), StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Description);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        Done = true;
        return Page();
    }
}
