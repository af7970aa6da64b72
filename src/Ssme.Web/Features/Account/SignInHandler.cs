using Microsoft.AspNetCore.Identity;
using Ssme.Infrastructure.Identity;

namespace Ssme.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    SecondFactorRequired,
    Refused,
}

/// <summary>
/// Password sign-in that answers alike, in words and in time, whether the account is unknown,
/// unconfirmed, locked or just given a wrong password (SPEC §11): every path checks one password hash.
/// </summary>
public sealed class SignInHandler(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher)
{
    public const string Refusal = "Correo o contraseña incorrectos, o la cuenta está bloqueada temporalmente. Si acaba de registrarse, confirme primero su correo con el enlace que le enviamos. Después de 5 intentos fallidos la cuenta se bloquea 15 minutos; si lo necesita antes, contacte al administrador del SSME.";

    private static readonly ApplicationUser Nobody = new();

    // Made with the portal's own hasher, so checking against it costs what checking a real password costs.
    private static string? _dummyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            SpendOnePasswordCheck(password);
            return SignInOutcome.Refused;
        }

        if (!user.EmailConfirmed)
        {
            // Identity refuses unconfirmed accounts before looking at the password, so it never counts
            // their failures; counted here, guessing at an unconfirmed account locks it like any other.
            if (!await users.CheckPasswordAsync(user, password))
            {
                await users.AccessFailedAsync(user);
            }

            return SignInOutcome.Refused;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.RequiresTwoFactor ? SignInOutcome.SecondFactorRequired
            : SignInOutcome.Refused;
    }

    private void SpendOnePasswordCheck(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
