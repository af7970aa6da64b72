using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Initiatives;

public sealed record InitiativeRow(int Id, InitiativeCode? Code, string Name, string DepartmentCode, string? ManagerEmail)
{
    public const int PageSize = 50;

    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;
}

/// <summary>Lists initiatives and hands an initiative to another manager account.</summary>
public sealed class InitiativeAdministrationHandler(SsmeDbContext db, UserManager<ApplicationUser> users, IAuditLog audit, UnitOfWork unitOfWork)
{
    private const string ManagerField = "email";

    /// <summary>One page of initiatives, optionally the one with the code <paramref name="search"/> or those whose name contains it (accents and case ignored); imports can bring thousands.</summary>
    public async Task<Paged<InitiativeRow>> ListAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var initiatives = db.Initiatives.AsNoTracking();
        if (InitiativeCode.TryParse(search, out var code))
        {
            initiatives = initiatives.Where(initiative => initiative.Code == code);
        }
        else if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = Initiative.NormalizeName(search);
            initiatives = initiatives.Where(initiative => initiative.NormalizedName.Contains(folded));
        }

        var rows =
            from initiative in initiatives
            join user in db.Users on initiative.ManagerUserId equals user.Id into managers
            from manager in managers.DefaultIfEmpty()
            orderby initiative.NormalizedName, initiative.DepartmentCode
            select new InitiativeRow(initiative.Id, initiative.Code, initiative.Name, initiative.DepartmentCode, manager != null ? manager.Email : null);
        return await rows.ToPagedAsync(page, InitiativeRow.PageSize, cancellationToken);
    }

    public Task<Result> ReassignAsync(int initiativeId, string email, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == initiativeId, token);
            if (initiative is null)
            {
                return Result.Failure("La iniciativa no existe.");
            }

            var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
            if (user is null)
            {
                return Result.Failure($"Nuevo gerente: no existe una cuenta con el correo «{email.Trim()}». La persona debe registrarse o usted debe crear su cuenta primero.", ManagerField);
            }

            if (!await users.IsInRoleAsync(user, Roles.ClusterManager))
            {
                return Result.Failure($"Nuevo gerente: la cuenta {user.Email} no tiene el rol de gerente de iniciativa cluster.", ManagerField);
            }

            var other = await db.Initiatives.FirstOrDefaultAsync(i => i.ManagerUserId == user.Id && i.Id != initiativeId, token);
            if (other is not null)
            {
                return Result.Failure($"Nuevo gerente: {user.Email} ya es responsable de «{other.Name}». Cada cuenta gestiona una sola iniciativa.", ManagerField);
            }

            var previous = initiative.ManagerUserId;
            initiative.AssignManager(user.Id);
            audit.Record(actor, "InitiativeManagerReassigned", nameof(Initiative), initiative.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { from = previous, to = user.Id });
            return Result.Success;
        }, cancellationToken);
}
