using Microsoft.AspNetCore.Identity;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>What a person types into an authenticator app: the key in readable blocks, or the otpauth URI.</summary>
public sealed record AuthenticatorSetup(string GroupedKey, string OtpAuthUri);

/// <summary>
/// Enrols an authenticator app (TOTP, RFC 6238) as the account's second factor (SPEC §11), on
/// Identity's own authenticator token provider, and issues the recovery codes.
/// </summary>
public sealed class AuthenticatorEnrolmentHandler(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    IAuditLog audit,
    UnitOfWork unitOfWork)
{
    public const int RecoveryCodeCount = 10;

    private const string Issuer = "SSME Red Cluster";

    public async Task<AuthenticatorSetup> SetupAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            // A new key renews the security stamp; the session that asked for it stays valid.
            await signInManager.RefreshSignInAsync(user);
        }

        var grouped = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(block => new string(block)));
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        return new AuthenticatorSetup(grouped, $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");
    }

    /// <summary>Turns the second factor on once the app proves it holds the key; the recovery codes are shown only now.</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(ApplicationUser user, string code, CancellationToken cancellationToken)
    {
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalize(code));
        if (!valid)
        {
            return Result.Failure<IReadOnlyList<string>>(AuthenticatorCode.WrongCode, "Code");
        }

        IReadOnlyList<string> recoveryCodes = [];
        var result = await unitOfWork.RunAsync(async _ =>
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            recoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            audit.Record(new Actor(user.Id, user.Email ?? user.Id), "SecondFactorEnabled", "User", user.Id);
            return Result.Success;
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return Result.Failure<IReadOnlyList<string>>(result.Errors);
        }

        await signInManager.RefreshSignInAsync(user);
        return Result.Ok(recoveryCodes);
    }

    /// <summary>New recovery codes replace every earlier one, for a person who lost or used up theirs.</summary>
    public async Task<IReadOnlyList<string>> ReplaceRecoveryCodesAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> recoveryCodes = [];
        await unitOfWork.RunAsync(async _ =>
        {
            recoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            audit.Record(new Actor(user.Id, user.Email ?? user.Id), "RecoveryCodesReplaced", "User", user.Id);
            return Result.Success;
        }, cancellationToken);
        return recoveryCodes;
    }
}
