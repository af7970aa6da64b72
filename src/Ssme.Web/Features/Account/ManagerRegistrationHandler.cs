using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>Registers a cluster manager with the initiative, and confirms the e-mail.</summary>
public sealed class ManagerRegistrationHandler(
    UserManager<ApplicationUser> users,
    SsmeDbContext db,
    IEmailSender email,
    IAuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<Result> RegisterAsync(RegistrationForm form, Func<string, string, string> confirmationLink, CancellationToken cancellationToken)
    {
        var withDepartment = QuestionnaireFields.Get(FieldCodes.Department).TryAssign(new Answers(), form.Department, ValueFormat.Typed);
        var withType = QuestionnaireFields.Get(FieldCodes.ManagingEntityType).TryAssign(withDepartment.Answers, form.ManagingEntityType, ValueFormat.Machine);
        var withMacrosector = QuestionnaireFields.Get(FieldCodes.Macrosector).TryAssign(withType.Answers, form.Macrosector, ValueFormat.Machine);
        var profile = withMacrosector.Answers;
        var problems = new[] { withDepartment.Problem, withType.Problem, withMacrosector.Problem }
            .OfType<string>()
            .ToArray();
        if (problems.Length > 0)
        {
            return Result.Failure(problems.Select(problem => new ResultError(problem)));
        }

        var department = Department.FromCode(profile.Department!);
        var normalized = Initiative.NormalizeName(form.InitiativeName);
        var taken = await db.Initiatives.AnyAsync(i => i.NormalizedName == normalized && i.DepartmentCode == department.Code, cancellationToken);
        if (taken)
        {
            return Result.Failure($"Nombre de la iniciativa: ya existe la iniciativa «{form.InitiativeName.Trim()}» en {department.Name}, con su propio gerente. Si usted es ahora su responsable, pida al administrador del SSME que se la reasigne.", nameof(RegistrationForm.InitiativeName));
        }

        var user = new ApplicationUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        var result = await unitOfWork.RunAsync(async token =>
        {
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                return Result.Failure(created.Errors.Select(error => new ResultError(error.Description)));
            }

            await users.AddToRoleAsync(user, Roles.ClusterManager);
            var initiative = new Initiative(form.InitiativeName, department, user.Id);
            initiative.DescribeProfile(form.ManagingEntityName, profile.ManagingEntityType, profile.Macrosector);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync(token);
            audit.Record(new Actor(user.Id, user.Email), "ManagerRegistered", nameof(Initiative), initiative.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { initiative.Name, department = department.Code, form.ManagingEntityName, form.ManagingEntityType, form.Macrosector });
            return Result.Success;
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        var confirmationToken = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = confirmationLink(user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(confirmationToken)));
        await email.SendAsync(PortalEmails.ConfirmRegistration(user.Email!, user.DisplayName, form.InitiativeName.Trim(), link), cancellationToken);
        return Result.Success;
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
