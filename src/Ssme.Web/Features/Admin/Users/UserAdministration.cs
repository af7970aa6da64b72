using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, string Role, bool IsLockedOut, bool EmailConfirmed);

/// <summary>Account management for administrators and the <c>create-admin</c> command.</summary>
public sealed class UserAdministration(
    UserManager<ApplicationUser> users,
    SsmeDbContext db,
    IAuditLog audit,
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
            select new { user.Id, user.Email, user.DisplayName, Role = role != null ? role.Name : null, user.LockoutEnd, user.EmailConfirmed })
            .ToListAsync(cancellationToken);
        return rows
            .Select(row => new UserRow(row.Id, row.Email ?? string.Empty, row.DisplayName, row.Role ?? string.Empty, row.LockoutEnd > now, row.EmailConfirmed))
            .ToList();
    }

    public async Task<OperationResult> CreateAccountAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken, Actor? actor = null)
    {
        if (!Roles.All.Contains(role))
        {
            return OperationResult.Failure($"El rol «{role}» no existe.");
        }

        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return ToResult(created);
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return ToResult(added);
        }

        audit.Record(actor ?? Actor.System, "UserCreated", "User", user.Id, new { user.Email, role });
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async Task<OperationResult> ChangeRoleAsync(string userId, string role, Actor actor, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return OperationResult.Failure($"El rol «{role}» no existe.");
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.Failure("La cuenta no existe.");
        }

        if (user.Id == actor.UserId && role != Roles.Admin)
        {
            return OperationResult.Failure("No puede quitarse a sí mismo el rol de administrador.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded)
        {
            return ToResult(removed);
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return ToResult(added);
        }

        audit.Record(actor, "UserRoleChanged", "User", user.Id, new { from = current, to = role });
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async Task<OperationResult> SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.Failure("La cuenta no existe.");
        }

        if (locked && user.Id == actor.UserId)
        {
            return OperationResult.Failure("No puede bloquear su propia cuenta.");
        }

        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!result.Succeeded)
        {
            return ToResult(result);
        }

        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        audit.Record(actor, locked ? "UserLocked" : "UserUnlocked", "User", user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    private static OperationResult ToResult(IdentityResult result) =>
        new(result.Errors.Select(error => error.Description).ToList());
}
