using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Privacy;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Privacy;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>Registers a cluster manager with the initiative, and confirms the e-mail.</summary>
public sealed class ManagerRegistrationHandler(
    UserManager<ApplicationUser> users,
    SsmeDbContext db,
    IEmailSender mail,
    IAuditLog audit,
    UnitOfWork unitOfWork,
    PrivacyPolicyHandler privacy,
    TimeProvider clock)
{
    /// <summary>
    /// Registers the manager, or, when the e-mail already has an account, tells its owner by e-mail
    /// and answers exactly as for a new one: the form must not reveal who has an account (SPEC §11).
    /// </summary>
    public async Task<Result<RegistrationOutcome>> RegisterAsync(RegistrationForm form, RegistrationLinks links, CancellationToken cancellationToken)
    {
        var withDepartment = QuestionnaireFields.Get(FieldCodes.Department).TryAssign(new Answers(), form.Department, ValueFormat.Typed);
        var withType = QuestionnaireFields.Get(FieldCodes.ManagingEntityType).TryAssign(withDepartment.Answers, form.ManagingEntityType, ValueFormat.Machine);
        var withMacrosector = QuestionnaireFields.Get(FieldCodes.Macrosector).TryAssign(withType.Answers, form.Macrosector, ValueFormat.Machine);
        var profile = withMacrosector.Answers;
        var problems = new[] { withDepartment.Problem, withType.Problem, withMacrosector.Problem }
            .OfType<string>()
            .ToArray();
        var refusals = problems.Select(problem => new ResultError(problem)).ToList();
        if (!form.Consent)
        {
            refusals.Add(new ResultError(PrivacyConsent.Missing, nameof(RegistrationForm.Consent)));
        }

        if (refusals.Count > 0)
        {
            return Result.Failure<RegistrationOutcome>(refusals);
        }

        var email = form.Email.Trim();
        var passwordProblems = await PasswordProblemsAsync(email, form.Password);
        if (passwordProblems.Count > 0)
        {
            return Result.Failure<RegistrationOutcome>(passwordProblems);
        }

        var department = Department.FromCode(profile.Department!);
        var normalized = Initiative.NormalizeName(form.InitiativeName);
        var known = await db.Initiatives.AsNoTracking()
            .Where(i => i.NormalizedName == normalized && i.DepartmentCode == department.Code)
            .Select(i => new { i.Id, i.ManagerUserId })
            .FirstOrDefaultAsync(cancellationToken);
        if (known is { ManagerUserId: not null })
        {
            return Result.Failure<RegistrationOutcome>($"Nombre de la iniciativa: ya existe la iniciativa «{form.InitiativeName.Trim()}» en {department.Name}, con su propio gerente. Si usted es ahora su responsable, pida al administrador del SSME que se la reasigne.", nameof(RegistrationForm.InitiativeName));
        }

        // An initiative known without a manager (a roster or an import brought it) is claimed: an admin confirms who answers for it.
        var outcome = known is null ? RegistrationOutcome.Registered : RegistrationOutcome.ClaimPending;

        // Whether the initiative is taken is public (its name is in every report); whether the e-mail is, is not.
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            // Checking the password costs what creating an account's hash does, so the answer's timing stays alike.
            // Only the owner, who typed the account's own password, can ask for the initiative with it: a manager
            // account without an initiative gets the claim an admin decides; anyone else gets the usual warning.
            // The page answers the same in every case (SPEC §11).
            if (await OwnsAsync(owner, form.Password) && known is not null && await ClaimsWithExistingAccountAsync(owner, known.Id, cancellationToken))
            {
                await mail.SendAsync(PortalEmails.ClaimReceived(owner.Email!, owner.DisplayName, form.InitiativeName.Trim(), links.SignIn), cancellationToken);
                return Result.Ok(outcome);
            }

            await mail.SendAsync(PortalEmails.RegistrationAttemptOnExistingAccount(owner.Email!, owner.DisplayName, links.PasswordReset), cancellationToken);
            return Result.Ok(outcome);
        }

        var policy = await privacy.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = now,
            PrivacyConsentVersion = policy.Number,
            PrivacyConsentAt = now,
        };

        var result = await unitOfWork.RunAsync(async token =>
        {
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                return Result.Failure(created.Errors.Select(error => new ResultError(error.Description)));
            }

            await users.AddToRoleAsync(user, Roles.ClusterManager);
            if (known is not null)
            {
                db.InitiativeClaims.Add(new InitiativeClaim(known.Id, user.Id, now));
                audit.Record(new Actor(user.Id, user.Email), "InitiativeClaimed", nameof(Initiative), known.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return Result.Success;
            }

            var initiative = new Initiative(form.InitiativeName, department, user.Id);
            initiative.DescribeProfile(form.ManagingEntityName, profile.ManagingEntityType, profile.Macrosector);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync(token);
            audit.Record(new Actor(user.Id, user.Email), "ManagerRegistered", nameof(Initiative), initiative.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { initiative.Name, department = department.Code, form.ManagingEntityName, form.ManagingEntityType, form.Macrosector });
            return Result.Success;
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return Result.Failure<RegistrationOutcome>(result.Errors);
        }

        await mail.SendAsync(await ConfirmationAsync(user, form.InitiativeName.Trim(), links.Confirmation), cancellationToken);
        return Result.Ok(outcome);
    }

    /// <summary>Whether <paramref name="password"/> is the account's own; an account without one costs the same hash, so the timing tells nothing.</summary>
    private async Task<bool> OwnsAsync(ApplicationUser owner, string password)
    {
        if (owner.PasswordHash is null)
        {
            users.PasswordHasher.HashPassword(owner, password);
            return false;
        }

        return await users.CheckPasswordAsync(owner, password);
    }

    /// <summary>Records the claim of an existing manager account that has no initiative and no claim waiting on this one; false for any other account.</summary>
    private async Task<bool> ClaimsWithExistingAccountAsync(ApplicationUser owner, int initiativeId, CancellationToken cancellationToken)
    {
        if (!await users.IsInRoleAsync(owner, Roles.ClusterManager)
            || await db.Initiatives.AnyAsync(initiative => initiative.ManagerUserId == owner.Id, cancellationToken)
            || await db.InitiativeClaims.AnyAsync(claim => claim.UserId == owner.Id && claim.InitiativeId == initiativeId && claim.Status == ClaimStatus.Pending, cancellationToken))
        {
            return false;
        }

        var result = await unitOfWork.RunAsync(_ =>
        {
            db.InitiativeClaims.Add(new InitiativeClaim(initiativeId, owner.Id, clock.GetUtcNow()));
            audit.Record(new Actor(owner.Id, owner.Email!), "InitiativeClaimed", nameof(Initiative), initiativeId.ToString(System.Globalization.CultureInfo.InvariantCulture), new { existingAccount = true });
            return Task.FromResult(Result.Success);
        }, cancellationToken);
        return result.Succeeded;
    }

    /// <summary>
    /// A new confirmation e-mail for an account that exists and is not confirmed yet; null for any
    /// other address, so the caller answers alike.
    /// </summary>
    public async Task<EmailMessage?> ConfirmationAgainAsync(string email, Func<string, string, string> confirmationLink)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.EmailConfirmed)
        {
            return null;
        }

        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.ManagerUserId == user.Id).Select(i => i.Name).FirstOrDefaultAsync();
        return await ConfirmationAsync(user, initiative ?? string.Empty, confirmationLink);
    }

    private async Task<EmailMessage> ConfirmationAsync(ApplicationUser user, string initiative, Func<string, string, string> confirmationLink)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = confirmationLink(user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
        return PortalEmails.ConfirmRegistration(user.Email!, user.DisplayName, initiative, link);
    }

    /// <summary>The password policy's refusals, checked before anything else so they read the same for every e-mail.</summary>
    private async Task<IReadOnlyList<ResultError>> PasswordProblemsAsync(string email, string password)
    {
        var candidate = new ApplicationUser { UserName = email, Email = email };
        var problems = new List<ResultError>();
        foreach (var validator in users.PasswordValidators)
        {
            var validation = await validator.ValidateAsync(users, candidate, password);
            problems.AddRange(validation.Errors.Select(error => new ResultError(error.Description, nameof(RegistrationForm.Password))));
        }

        return problems;
    }

    public async Task<bool> ConfirmAsync(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        try
        {
            var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return (await users.ConfirmEmailAsync(user, token)).Succeeded;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>What a registration became: the manager of a new initiative, or a claim on a known one an admin must confirm.</summary>
public enum RegistrationOutcome
{
    Registered,
    ClaimPending,
}

/// <summary>The links a registration e-mails: the confirmation link (user id, code) and, for an existing owner, the password-reset and sign-in pages.</summary>
public sealed record RegistrationLinks(Func<string, string, string> Confirmation, string PasswordReset, string SignIn);
