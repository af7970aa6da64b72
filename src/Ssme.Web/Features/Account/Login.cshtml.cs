using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Web.Composition;

namespace Ssme.Web.Features.Account;

[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class LoginModel(SignInHandler signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (outcome == SignInOutcome.SecondFactorRequired)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        // Not keyed to a field: pointing at the e-mail or the password would tell which one was wrong.
        ModelState.AddModelError(string.Empty, SignInHandler.Refusal);
        return Page();
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Escriba su correo electrónico.")]
    [EmailAddress(ErrorMessage = "El correo electrónico no tiene un formato válido.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Escriba su contraseña.")]
    [DataType(DataType.Password)]
    [Display(Name = "Contraseña")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Mantener la sesión iniciada en este equipo")]
    public bool RememberMe { get; set; }
}
