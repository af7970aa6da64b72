using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using IdentitySignIn = Microsoft.AspNetCore.Identity.SignInResult;

namespace Ssme.Web.Features.Account;

/// <summary>Signing in with one of the recovery codes shown at enrolment, when the phone is not at hand. Each code works once.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class RecoveryModel(SignInManager<ApplicationUser> signInManager) : SecondStepModel(signInManager)
{
    [BindProperty]
    [Required(ErrorMessage = "Código de recuperación: escriba uno de los códigos que guardó al activar el segundo factor.")]
    [Display(Name = "Código de recuperación")]
    public string RecoveryCode { get; set; } = string.Empty;

    protected override string CodeField => nameof(RecoveryCode);

    protected override string WrongCode =>
        "Código de recuperación: no es válido o ya fue usado. Cada código sirve una sola vez; use otro de los que guardó o pida ayuda al administrador del SSME.";

    protected override Task<IdentitySignIn> SignInWithCodeAsync() =>
        SignInManager.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCode.NormalizeRecovery(RecoveryCode));
}
