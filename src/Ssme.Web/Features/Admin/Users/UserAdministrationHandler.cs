using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Privacy;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, string Role, bool IsLockedOut, bool EmailConfirmed, PrivacyConsent? Consent, bool HasPassword)
{
    /// <summary>An account an admin created waits for its invitation to be accepted, which sets the password.</summary>
    public string StateText => IsLockedOut ? "Bloqueada" : !HasPassword ? "Invitación pendiente" : EmailConfirmed ? "Activa" : "Sin confirmar correo";
}

/// <summary>
/// Account management for administrators and the <c>create-admin</c> command. An account, its role
/// and the audit entry commit together, so no account is ever left without a role. A lock or a
/// role change renews the security stamp, which ends the person's open sessions at once.
/// </summary>
public sealed class UserAdministrationHandler(
    UserManager<ApplicationUser> users,
    SsmeDbContext db,
    IAuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join role in db.Roles on userRole.RoleId equals role.Id into roles
            from role in roles.DefaultIfEmpty()
            orderby user.Email
            select new { user.Id, user.Email, user.DisplayName, Role = role != null ? role.Name : null, user.LockoutEnd, user.EmailConfirmed, user.PrivacyConsentVersion, user.PrivacyConsentAt, HasPassword = user.PasswordHash != null })
            .ToListAsync(cancellationToken);
        return rows
            .Select(row => new UserRow(row.Id, row.Email ?? string.Empty, row.DisplayName, row.Role ?? string.Empty, row.LockoutEnd > now, row.EmailConfirmed, row.PrivacyConsentVersion is { } version && row.PrivacyConsentAt is { } at ? new PrivacyConsent(version, at) : null, row.HasPassword))
            .ToList();
    }

    public Task<Result> CreateAccountAsync(string email, string displayName, string password, string role, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async _ =>
        {
            if (!Roles.All.Contains(role))
            {
                return Result.Failure($"El rol «{role}» no existe.", "Role");
            }

            var user = new ApplicationUser
            {
                UserName = email.Trim(),
                Email = email.Trim(),
                DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
                EmailConfirmed = true,
                CreatedAt = clock.GetUtcNow(),
            };
            var failed = await FirstFailureAsync(() => users.CreateAsync(user, password), () => users.AddToRoleAsync(user, role));
            if (failed is not null)
            {
                return failed;
            }

            audit.Record(actor, "UserCreated", "User", user.Id, new { user.Email, role });
            return Result.Success;
        }, cancellationToken);

    public Task<Result> ChangeRoleAsync(string userId, string role, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async _ =>
        {
            if (!Roles.All.Contains(role))
            {
                return Result.Failure($"El rol «{role}» no existe.", "Role");
            }

            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure("La cuenta no existe.");
            }

            if (user.Id == actor.UserId && role != Roles.Admin)
            {
                return Result.Failure("No puede quitarse a sí mismo el rol de administrador.", "Role");
            }

            var current = await users.GetRolesAsync(user);
            var failed = await FirstFailureAsync(
                () => users.RemoveFromRolesAsync(user, current),
                () => users.AddToRoleAsync(user, role),
                () => users.UpdateSecurityStampAsync(user));
            if (failed is not null)
            {
                return failed;
            }

            audit.Record(actor, "UserRoleChanged", "User", user.Id, new { from = current, to = role });
            return Result.Success;
        }, cancellationToken);

    public Task<Result> SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async _ =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure("La cuenta no existe.");
            }

            if (locked && user.Id == actor.UserId)
            {
                return Result.Failure("No puede bloquear su propia cuenta.");
            }

            var failed = locked
                ? await FirstFailureAsync(() => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), () => users.UpdateSecurityStampAsync(user))
                : await FirstFailureAsync(() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user));
            if (failed is not null)
            {
                return failed;
            }

            audit.Record(actor, locked ? "UserLocked" : "UserUnlocked", "User", user.Id);
            return Result.Success;
        }, cancellationToken);

    /// <summary>Runs Identity's steps in order and stops at the first refusal, as a result the unit of work rolls back.</summary>
    private static async Task<Result?> FirstFailureAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var outcome = await step();
            if (!outcome.Succeeded)
            {
                return Result.Failure(outcome.Errors.Select(error => new ResultError(error.Description)));
            }
        }

        return null;
    }
}
