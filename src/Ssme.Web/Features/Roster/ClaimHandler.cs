using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

public sealed record ClaimLine(int Id, string PersonName, string PersonEmail, bool EmailConfirmed, int InitiativeId, InitiativeCode? Code, string InitiativeName, string DepartmentCode, DateTimeOffset CreatedAt, ClaimStatus Status, DateTimeOffset? DecidedAt)
{
    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;
}

/// <summary>What a decision did, for the page's message.</summary>
public sealed record ClaimDecision(string InitiativeName, string PersonEmail, bool Approved, bool Told);

/// <summary>Claims on initiatives that exist without a manager (SPEC §10): an admin approves or rejects; the person is told by e-mail.</summary>
public sealed class ClaimHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork, OutgoingMail outgoing, PortalLinks links, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimLine>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from claim in db.InitiativeClaims.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on claim.InitiativeId equals initiative.Id
            join user in db.Users.AsNoTracking() on claim.UserId equals user.Id
            select new ClaimLine(claim.Id, user.DisplayName, user.Email ?? string.Empty, user.EmailConfirmed, initiative.Id, initiative.Code, initiative.Name, initiative.DepartmentCode, claim.CreatedAt, claim.Status, claim.DecidedAt))
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(row => row.Status == ClaimStatus.Pending ? 0 : 1)
            .ThenByDescending(row => row.DecidedAt ?? row.CreatedAt)
            .Take(200)
            .ToList();
    }

    /// <summary>The initiatives the person asked for that still wait for an admin, for the notice they see while signed in.</summary>
    public async Task<IReadOnlyList<string>> WaitingForAsync(string userId, CancellationToken cancellationToken) =>
        await (
            from claim in db.InitiativeClaims.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on claim.InitiativeId equals initiative.Id
            where claim.UserId == userId && claim.Status == ClaimStatus.Pending
            select initiative.Name)
            .ToListAsync(cancellationToken);

    public async Task<Result<ClaimDecision>> DecideAsync(int claimId, bool approve, Actor actor, CancellationToken cancellationToken)
    {
        var decided = await unitOfWork.RunAsync(async token =>
        {
            var claim = await db.InitiativeClaims.FirstOrDefaultAsync(item => item.Id == claimId, token);
            if (claim is null)
            {
                return Result.Failure<(ClaimDecision, int, string)>("La solicitud no existe.");
            }

            var initiative = await db.Initiatives.SingleAsync(item => item.Id == claim.InitiativeId, token);
            var person = await db.Users.SingleAsync(user => user.Id == claim.UserId, token);
            claim.Decide(approve, actor.UserId, clock.GetUtcNow());
            if (approve)
            {
                if (initiative.ManagerUserId is not null)
                {
                    return Result.Failure<(ClaimDecision, int, string)>($"«{initiative.Name}» ya tiene responsable: rechace esta solicitud o entregue la iniciativa con una invitación desde la convocatoria.");
                }

                if (await db.Initiatives.AnyAsync(item => item.ManagerUserId == person.Id, token))
                {
                    return Result.Failure<(ClaimDecision, int, string)>($"{person.Email} ya es responsable de otra iniciativa: cada cuenta gestiona una sola.");
                }

                initiative.AssignManager(person.Id);
            }

            audit.Record(actor, approve ? "InitiativeClaimApproved" : "InitiativeClaimRejected", nameof(Initiative), initiative.Id.ToString(CultureInfo.InvariantCulture), new { claim = claim.Id, person = person.Id });
            return Result.Ok((new ClaimDecision(initiative.Name, person.Email ?? string.Empty, approve, Told: false), initiative.Id, person.DisplayName));
        }, cancellationToken);
        if (!decided.Succeeded)
        {
            return Result.Failure<ClaimDecision>(decided.Errors);
        }

        var (decision, initiativeId, name) = decided.Value;
        var message = approve
            ? PortalEmails.ClaimApproved(decision.PersonEmail, name, decision.InitiativeName, links.Page("/Questionnaires/Index"))
            : PortalEmails.ClaimRejected(decision.PersonEmail, name, decision.InitiativeName, links.Page("/Account/Login"));
        var sent = await outgoing.SendAsync(message, MessageKind.ClaimDecision, initiativeId, null);
        return Result.Ok(decision with { Told = sent.Sent });
    }
}
