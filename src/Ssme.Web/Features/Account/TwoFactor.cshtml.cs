using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using IdentitySignIn = Microsoft.AspNetCore.Identity.SignInResult;

namespace Ssme.Web.Features.Account;

/// <summary>The authenticator code asked after a correct password, for accounts with a second factor.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class TwoFactorModel(SignInManager<ApplicationUser> signInManager) : SecondStepModel(signInManager)
{
    [BindProperty]
    [Required(ErrorMessage = "Código de verificación: escriba los 6 dígitos de su aplicación autenticadora.")]
    [Display(Name = "Código de verificación")]
    public string Code { get; set; } = string.Empty;

    protected override string CodeField => nameof(Code);

    protected override string WrongCode => AuthenticatorCode.WrongCode;

    protected override Task<IdentitySignIn> SignInWithCodeAsync() =>
        SignInManager.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalize(Code), RememberMe, rememberClient: false);
}
