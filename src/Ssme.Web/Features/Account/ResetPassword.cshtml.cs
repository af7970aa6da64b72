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

    public bool Done { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet() =>
        string.IsNullOrEmpty(Code) ? RedirectToPage("/Account/ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Errors = ModelState.Values.SelectMany(value => value.Errors).Select(error => error.ErrorMessage).ToList();
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Email);
        if (user is null)
        {
            Errors = ["El enlace no es válido o ya expiró. Solicite uno nuevo."];
            return Page();
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            Errors = ["El enlace no es válido o ya expiró. Solicite uno nuevo."];
            return Page();
        }

        var result = await userManager.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(error => error.Description).ToList();
            return Page();
        }

        Done = true;
        return Page();
    }
}
