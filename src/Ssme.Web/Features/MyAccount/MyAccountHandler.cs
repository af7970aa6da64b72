using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Privacy;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.MyAccount;

/// <summary>What the portal holds about the signed-in person (SPEC §10).</summary>
public sealed record AccountSummary(string DisplayName, string Email, IReadOnlyList<string> Roles, bool SecondFactor, Initiative? Initiative, DateTimeOffset CreatedAt, PrivacyConsent? Consent);

/// <summary>The person's own account: their data, changing their name and their password.</summary>
public sealed class MyAccountHandler(UserManager<ApplicationUser> users, SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork)
{
    public async Task<AccountSummary?> SummaryAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.ManagerUserId == userId, cancellationToken);
        return new AccountSummary(user.DisplayName, user.Email ?? string.Empty, [.. await users.GetRolesAsync(user)], user.TwoFactorEnabled, initiative, user.CreatedAt, user.Consent());
    }

    /// <summary>
    /// Renames the person. The e-mail is not changed here: it is the account's user name and the
    /// address every invitation, receipt and reset link goes to, so it changes through an admin.
    /// </summary>
    public Task<Result> UpdateNameAsync(string userId, string displayName, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async _ =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure("La cuenta no existe.");
            }

            user.DisplayName = displayName.Trim();
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                return Result.Failure(updated.Errors.Select(error => new ResultError($"Nombre completo: {error.Description}", "Profile.DisplayName")));
            }

            audit.Record(new Actor(user.Id, user.Email ?? user.DisplayName), "ProfileUpdated", "User", user.Id);
            return Result.Success;
        }, cancellationToken);

    /// <summary>
    /// Changes the password; Identity renews the security stamp, so every other session of the
    /// person ends (SPEC §11) and the page signs this one in again.
    /// </summary>
    public Task<Result<ApplicationUser>> ChangePasswordAsync(string userId, string current, string replacement, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async _ =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure<ApplicationUser>("La cuenta no existe.");
            }

            if (!await users.CheckPasswordAsync(user, current))
            {
                return Result.Failure<ApplicationUser>("Contraseña actual: no es correcta.", "Password.Current");
            }

            var changed = await users.ChangePasswordAsync(user, current, replacement);
            if (!changed.Succeeded)
            {
                return Result.Failure<ApplicationUser>(changed.Errors.Select(error => new ResultError($"Nueva contraseña: {error.Description}", "Password.New")));
            }

            audit.Record(new Actor(user.Id, user.Email ?? user.DisplayName), "PasswordChanged", "User", user.Id);
            return Result.Ok(user);
        }, cancellationToken);
}
