using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Privacy;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Privacy;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

/// <summary>What sending invitations did: how many left and how many the mail server refused (logged, state «Falló el envío»).</summary>
public sealed record InvitationRun(int Sent, int Failed);

/// <summary>What the person following a link sees before accepting.</summary>
public sealed record InvitationView(string Email, string DisplayName, string Role, string? InitiativeName, string? WaveName, bool AccountExists, string? SignedInAs);

/// <summary>An accepted invitation: the account to sign in and where it goes.</summary>
public sealed record AcceptedInvitation(ApplicationUser User, bool IsManager);

/// <summary>The acceptance form: password for a new account, and the explicit consent (Ley 1581).</summary>
public sealed class AcceptanceForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Nombre completo")]
    public string? DisplayName { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Contraseña")]
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Password)]
    public string? Password { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Confirme la contraseña")]
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Password)]
    public string? ConfirmPassword { get; set; }

    public bool Consent { get; set; }
}

/// <summary>
/// Invitations (SPEC §10): a single-use link valid 14 days, stored as a SHA-256 hash, that lets the
/// person set a password (or bind the account they have), consent, and become the initiative's
/// manager — or, for staff, take the account an admin created. A new message adds a link and never
/// kills an earlier one to the same person (<see cref="InvitationRules"/>). Messages go through
/// <see cref="OutgoingMail"/>, so a refused one shows as «Falló el envío» and in the message log.
/// </summary>
public sealed class InvitationHandler(
    SsmeDbContext db,
    UserManager<ApplicationUser> users,
    IAuditLog audit,
    UnitOfWork unitOfWork,
    OutgoingMail outgoing,
    RosterHandler roster,
    PortalLinks links,
    PrivacyPolicyHandler privacy,
    TimeProvider clock)
{
    private const string InvitationPage = "/Account/Invitation";

    /// <summary>
    /// Invites the roster contact of each entry given: a new link each, while earlier links to the
    /// same person keep working until they expire (<see cref="InvitationRules"/>).
    /// </summary>
    public async Task<Result<InvitationRun>> InviteEntriesAsync(Wave wave, IReadOnlyCollection<int> entryIds, Actor actor, CancellationToken cancellationToken)
    {
        if (wave.Status == WaveStatus.Closed)
        {
            return Result.Failure<InvitationRun>($"La {wave.Name} está cerrada: no se envían invitaciones.");
        }

        var created = await unitOfWork.RunAsync(async token =>
        {
            var now = clock.GetUtcNow();
            var entries = await (
                from entry in db.RosterEntries
                join initiative in db.Initiatives on entry.InitiativeId equals initiative.Id
                where entry.WaveId == wave.Id && entryIds.Contains(entry.Id)
                select new { entry, initiative.Name })
                .ToListAsync(token);
            var initiativeIds = entries.Select(item => (int?)item.entry.InitiativeId).ToList();
            var outgoingInvitations = new List<(Invitation Invitation, InvitationToken Token, string Initiative)>();
            foreach (var item in entries)
            {
                var secret = InvitationToken.New();
                var invitation = new Invitation(secret.Hash, item.entry.ManagerEmail, item.entry.ManagerName, Roles.ClusterManager, item.entry.InitiativeId, wave.Id, now);
                db.Invitations.Add(invitation);
                outgoingInvitations.Add((invitation, secret, item.Name));
            }

            audit.Record(actor, "InvitationsCreated", nameof(Wave), wave.Code, new { initiatives = initiativeIds });
            return Result.Ok(outgoingInvitations);
        }, cancellationToken);
        if (!created.Succeeded)
        {
            return Result.Failure<InvitationRun>(created.Errors);
        }

        var (sent, failed) = (0, 0);
        foreach (var (invitation, secret, initiative) in created.Value)
        {
            var message = PortalEmails.ManagerInvitation(invitation.Email, invitation.DisplayName, initiative, wave.Name, wave.ClosesOn, invitation.ExpiresAt, Link(secret));
            var outcome = await outgoing.SendAsync(message, MessageKind.Invitation, invitation.InitiativeId, wave.Id);
            await RecordDeliveryAsync(invitation.Id, outcome.Sent);
            (sent, failed) = outcome.Sent ? (sent + 1, failed) : (sent, failed + 1);
        }

        return Result.Ok(new InvitationRun(sent, failed));
    }

    /// <summary>
    /// Invites, among <paramref name="entryIds"/> (the whole roster when null), only the contacts a
    /// bulk invitation is for (<see cref="InvitationRules.BulkInvites"/>); the rest are counted as skipped.
    /// </summary>
    public async Task<Result<(InvitationRun Run, int Skipped)>> InviteWaitingAsync(Wave wave, IReadOnlyCollection<int>? entryIds, Actor actor, CancellationToken cancellationToken)
    {
        var lines = (await roster.ListAsync(wave.Id, cancellationToken)).Where(line => entryIds is null || entryIds.Contains(line.EntryId)).ToList();
        var waiting = lines.Where(line => line.BulkInvites).Select(line => line.EntryId).ToList();
        if (waiting.Count == 0)
        {
            return wave.Status == WaveStatus.Closed
                ? Result.Failure<(InvitationRun, int)>($"La {wave.Name} está cerrada: no se envían invitaciones.")
                : Result.Ok((new InvitationRun(0, 0), lines.Count));
        }

        var run = await InviteEntriesAsync(wave, waiting, actor, cancellationToken);
        return run.Succeeded ? Result.Ok((run.Value, lines.Count - waiting.Count)) : Result.Failure<(InvitationRun, int)>(run.Errors);
    }

    /// <summary>
    /// Creates an analyst or admin account without a password and invites the person to set it:
    /// no password travels by any other means (SPEC §10).
    /// </summary>
    public async Task<Result<InvitationRun>> InviteStaffAsync(string email, string displayName, string role, Actor actor, CancellationToken cancellationToken)
    {
        if (role is not (Roles.Analyst or Roles.Admin))
        {
            return Result.Failure<InvitationRun>("Rol: elija Analista o Administrador.", "Role");
        }

        if (!EmailAddresses.IsValid(email))
        {
            return Result.Failure<InvitationRun>($"Correo electrónico: «{email.Trim()}» no es un correo electrónico válido.", "Email");
        }

        var created = await unitOfWork.RunAsync(async token =>
        {
            var address = email.Trim();
            if (await users.FindByEmailAsync(address) is not null)
            {
                return Result.Failure<(Invitation, InvitationToken)>($"Correo electrónico: ya existe una cuenta con el correo {address}.", "Email");
            }

            var now = clock.GetUtcNow();
            var user = new ApplicationUser
            {
                UserName = address,
                Email = address,
                DisplayName = displayName.Trim(),
                EmailConfirmed = true,
                CreatedAt = now,
            };
            var made = await users.CreateAsync(user);
            if (!made.Succeeded)
            {
                return Result.Failure<(Invitation, InvitationToken)>(made.Errors.Select(error => new ResultError(error.Description, "Email")));
            }

            await users.AddToRoleAsync(user, role);
            var secret = InvitationToken.New();
            var invitation = new Invitation(secret.Hash, address, user.DisplayName, role, initiativeId: null, waveId: null, now);
            db.Invitations.Add(invitation);
            audit.Record(actor, "UserInvited", "User", user.Id, new { user.Email, role });
            return Result.Ok((invitation, secret));
        }, cancellationToken);
        if (!created.Succeeded)
        {
            return Result.Failure<InvitationRun>(created.Errors);
        }

        return Result.Ok(await SendStaffAsync(created.Value.Item1, created.Value.Item2));
    }

    /// <summary>
    /// A new link for a staff account that has not set its password yet; earlier links keep working
    /// until they expire. Audited.
    /// </summary>
    public async Task<Result<InvitationRun>> ResendStaffAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        var created = await unitOfWork.RunAsync(async token =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure<(Invitation, InvitationToken)>("La cuenta no existe.");
            }

            if (await users.HasPasswordAsync(user))
            {
                return Result.Failure<(Invitation, InvitationToken)>($"La cuenta {user.Email} ya tiene contraseña: no hay invitación que reenviar.");
            }

            var role = (await users.GetRolesAsync(user)).FirstOrDefault(name => name is Roles.Analyst or Roles.Admin);
            if (role is null)
            {
                return Result.Failure<(Invitation, InvitationToken)>($"La cuenta {user.Email} no es de analista ni de administrador: los gerentes se invitan desde el directorio de la ola.");
            }

            var secret = InvitationToken.New();
            var invitation = new Invitation(secret.Hash, user.Email!, user.DisplayName, role, initiativeId: null, waveId: null, clock.GetUtcNow());
            db.Invitations.Add(invitation);
            audit.Record(actor, "UserInvitationResent", "User", user.Id, new { user.Email, role });
            return Result.Ok((invitation, secret));
        }, cancellationToken);
        return created.Succeeded ? Result.Ok(await SendStaffAsync(created.Value.Item1, created.Value.Item2)) : Result.Failure<InvitationRun>(created.Errors);
    }

    private async Task<InvitationRun> SendStaffAsync(Invitation invitation, InvitationToken secret)
    {
        var message = PortalEmails.StaffInvitation(invitation.Email, invitation.DisplayName, Roles.ToSpanish(invitation.Role), invitation.ExpiresAt, Link(secret));
        var sent = await outgoing.SendAsync(message, MessageKind.Invitation, null, null);
        await RecordDeliveryAsync(invitation.Id, sent.Sent);
        return new InvitationRun(sent.Sent ? 1 : 0, sent.Sent ? 0 : 1);
    }

    /// <summary>
    /// The link a reminder carries for a contact who has no account on the initiative yet: a new
    /// invitation, since only the hash of an earlier secret is kept; the links sent before keep working
    /// until they expire, so a reminder that fails to leave never kills one that reached the person.
    /// Record the reminder's delivery with <see cref="RecordDeliveryAsync"/>.
    /// </summary>
    public Task<Result<(int InvitationId, string Link)>> ReminderLinkAsync(Wave wave, int initiativeId, string email, string displayName, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var secret = InvitationToken.New();
            var invitation = new Invitation(secret.Hash, email, displayName, Roles.ClusterManager, initiativeId, wave.Id, clock.GetUtcNow());
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(token);
            audit.Record(actor, "InvitationCreatedForReminder", nameof(Invitation), invitation.Id.ToString(CultureInfo.InvariantCulture));
            return Result.Ok((invitation.Id, Link(secret)));
        }, cancellationToken);

    public Task RecordDeliveryAsync(int invitationId, bool sent) =>
        unitOfWork.RunAsync(async token =>
        {
            if (await db.Invitations.FirstOrDefaultAsync(item => item.Id == invitationId, token) is { } invitation)
            {
                invitation.RecordDelivery(sent, clock.GetUtcNow());
            }

            return Result.Success;
        }, CancellationToken.None);

    /// <summary>What the link shows, or the Spanish reason it cannot be used.</summary>
    public async Task<Result<InvitationView>> OpenAsync(string? token, string? signedInUserId, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        if (invitation is null)
        {
            return Result.Failure<InvitationView>(NotFound);
        }

        try
        {
            invitation.EnsureUsable(clock.GetUtcNow());
        }
        catch (Domain.Common.DomainException refused)
        {
            return Result.Failure<InvitationView>(refused.Message);
        }

        var account = await users.FindByEmailAsync(invitation.Email);
        var initiative = invitation.InitiativeId is { } initiativeId ? await db.Initiatives.AsNoTracking().Where(item => item.Id == initiativeId).Select(item => item.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var wave = invitation.WaveId is { } waveId ? await db.Waves.AsNoTracking().Where(item => item.Id == waveId).Select(item => item.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var hasPassword = account is not null && await users.HasPasswordAsync(account);
        var signedInAs = signedInUserId is null ? null : (await users.FindByIdAsync(signedInUserId))?.Email;
        return Result.Ok(new InvitationView(invitation.Email, invitation.DisplayName, invitation.Role, initiative, wave, hasPassword, signedInAs));
    }

    /// <summary>
    /// Accepts the invitation: a new account gets its password; an account that has one must be the
    /// one signed in. Either way the consent is stored and a manager invitation binds the initiative,
    /// taking it from any previous manager (audited).
    /// </summary>
    public async Task<Result<AcceptedInvitation>> AcceptAsync(string? token, AcceptanceForm form, string? signedInUserId, CancellationToken cancellationToken)
    {
        var policy = await privacy.CurrentAsync(cancellationToken);
        return await unitOfWork.RunAsync(async work =>
        {
            var invitation = await FindAsync(token, work);
            if (invitation is null)
            {
                return Result.Failure<AcceptedInvitation>(NotFound);
            }

            var now = clock.GetUtcNow();
            invitation.EnsureUsable(now);
            var account = await users.FindByEmailAsync(invitation.Email);
            var bindsExisting = account is not null && await users.HasPasswordAsync(account);
            var problems = new List<ResultError>();
            if (!form.Consent)
            {
                problems.Add(new ResultError(PrivacyConsent.Missing, nameof(AcceptanceForm.Consent)));
            }

            if (bindsExisting && account!.Id != signedInUserId)
            {
                return Result.Failure<AcceptedInvitation>($"Ya tiene una cuenta con el correo {invitation.Email}: ingrese con ella y vuelva a abrir este enlace para aceptar la invitación.");
            }

            if (!bindsExisting)
            {
                problems.AddRange(await NewPasswordProblemsAsync(account, invitation.Email, form));
            }

            if (problems.Count > 0)
            {
                return Result.Failure<AcceptedInvitation>(problems);
            }

            if (account is null)
            {
                account = new ApplicationUser
                {
                    UserName = invitation.Email,
                    Email = invitation.Email,
                    DisplayName = string.IsNullOrWhiteSpace(form.DisplayName) ? invitation.DisplayName : form.DisplayName.Trim(),
                    EmailConfirmed = true,
                    CreatedAt = now,
                };
                var created = await users.CreateAsync(account, form.Password!);
                if (!created.Succeeded)
                {
                    return Result.Failure<AcceptedInvitation>(created.Errors.Select(error => new ResultError($"Contraseña: {error.Description}", nameof(AcceptanceForm.Password))));
                }

                await users.AddToRoleAsync(account, invitation.Role);
            }
            else if (!bindsExisting)
            {
                var added = await users.AddPasswordAsync(account, form.Password!);
                if (!added.Succeeded)
                {
                    return Result.Failure<AcceptedInvitation>(added.Errors.Select(error => new ResultError($"Contraseña: {error.Description}", nameof(AcceptanceForm.Password))));
                }

                if (!string.IsNullOrWhiteSpace(form.DisplayName))
                {
                    account.DisplayName = form.DisplayName.Trim();
                }
            }

            var isManager = invitation.InitiativeId is not null;
            if (isManager && await BindProblemAsync(account, invitation.InitiativeId!.Value, work) is { } bindProblem)
            {
                return Result.Failure<AcceptedInvitation>(bindProblem);
            }

            account.GiveConsent(new PrivacyConsent(policy.Number, now));
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
            invitation.Accept(account.Id, now);
            foreach (var twin in await db.Invitations.Where(Invitation.UsableAt(now)).Where(item => item.Id != invitation.Id && item.InitiativeId == invitation.InitiativeId).ToListAsync(work))
            {
                if (twin.IsFor(invitation.Email))
                {
                    twin.Withdraw(now);
                }
            }

            var actor = new Actor(account.Id, account.Email!);
            audit.Record(actor, "InvitationAccepted", nameof(Invitation), invitation.Id.ToString(CultureInfo.InvariantCulture), new { consentVersion = policy.Number });
            if (isManager)
            {
                await BindAsync(account, invitation.InitiativeId!.Value, actor, work);
            }

            return Result.Ok(new AcceptedInvitation(account, isManager));
        }, cancellationToken);
    }

    private const string NotFound = "Este enlace de invitación no es válido. Copie la dirección completa del correo, o pida una nueva invitación al administrador del SSME.";

    private async Task<string?> BindProblemAsync(ApplicationUser account, int initiativeId, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(account);
        if (!roles.Contains(Roles.ClusterManager))
        {
            return $"La cuenta {account.Email} es de {string.Join(", ", roles.Select(Roles.ToSpanish))}: no puede ser responsable de una iniciativa. Pida al administrador una invitación para otro correo.";
        }

        var other = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(item => item.ManagerUserId == account.Id && item.Id != initiativeId, cancellationToken);
        return other is null
            ? null
            : $"Su cuenta ya es responsable de «{other.Name}». Cada cuenta gestiona una sola iniciativa: pida al administrador que invite a otro correo.";
    }

    /// <summary>Makes the account the initiative's manager; a previous manager loses it at once (its sessions end) and the hand-over is audited.</summary>
    private async Task BindAsync(ApplicationUser account, int initiativeId, Actor actor, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.SingleAsync(item => item.Id == initiativeId, cancellationToken);
        var previous = initiative.ManagerUserId;
        if (previous == account.Id)
        {
            return;
        }

        initiative.AssignManager(account.Id);
        if (previous is not null)
        {
            audit.Record(actor, "InitiativeHandedOver", nameof(Initiative), initiative.Id.ToString(CultureInfo.InvariantCulture), new { from = previous, to = account.Id });
            if (await users.FindByIdAsync(previous) is { } former)
            {
                await users.UpdateSecurityStampAsync(former);
            }
        }
        else
        {
            audit.Record(actor, "InitiativeManagerBound", nameof(Initiative), initiative.Id.ToString(CultureInfo.InvariantCulture), new { to = account.Id });
        }
    }

    private async Task<IReadOnlyList<ResultError>> NewPasswordProblemsAsync(ApplicationUser? account, string email, AcceptanceForm form)
    {
        var problems = new List<ResultError>();
        if (string.IsNullOrWhiteSpace(form.Password))
        {
            problems.Add(new ResultError("Contraseña: es obligatoria.", nameof(AcceptanceForm.Password)));
            return problems;
        }

        if (!string.Equals(form.Password, form.ConfirmPassword, StringComparison.Ordinal))
        {
            problems.Add(new ResultError("Confirme la contraseña: no coincide con la contraseña.", nameof(AcceptanceForm.ConfirmPassword)));
        }

        var candidate = account ?? new ApplicationUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            var validation = await validator.ValidateAsync(users, candidate, form.Password);
            problems.AddRange(validation.Errors.Select(error => new ResultError(error.Description, nameof(AcceptanceForm.Password))));
        }

        return problems;
    }

    private async Task<Invitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = InvitationToken.HashOf(token);
        return await db.Invitations.FirstOrDefaultAsync(invitation => invitation.TokenHash == hash, cancellationToken);
    }

    private string Link(InvitationToken secret) => links.Page(InvitationPage, new { token = secret.Value });
}
