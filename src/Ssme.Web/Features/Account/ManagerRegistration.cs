using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
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

/// <summary>The registration form as typed: the manager's account and the initiative's profile.</summary>
public sealed class RegistrationForm
{
    [Display(Name = "Nombre completo")]
    [Required(ErrorMessage = "Nombre completo: es obligatorio.")]
    [StringLength(200, ErrorMessage = "Nombre completo: no puede superar 200 caracteres.")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Correo electrónico")]
    [Required(ErrorMessage = "Correo electrónico: es obligatorio.")]
    [EmailAddress(ErrorMessage = "Correo electrónico: no tiene un formato válido.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Contraseña")]
    [Required(ErrorMessage = "Contraseña: es obligatoria.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Confirme la contraseña")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Confirme la contraseña: no coincide con la contraseña.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [Display(Name = "Nombre de la iniciativa cluster")]
    [Required(ErrorMessage = "Nombre de la iniciativa: es obligatorio.")]
    [StringLength(Initiative.MaxNameLength, ErrorMessage = "Nombre de la iniciativa: no puede superar {1} caracteres.")]
    public string InitiativeName { get; set; } = string.Empty;

    [Display(Name = "Departamento gestor de la iniciativa")]
    [Required(ErrorMessage = "Departamento: elija el departamento de la iniciativa.")]
    public string Department { get; set; } = string.Empty;

    [Display(Name = "Nombre de la entidad gestora")]
    [Required(ErrorMessage = "Entidad gestora: es obligatoria.")]
    [StringLength(Initiative.MaxManagingEntityNameLength, ErrorMessage = "Entidad gestora: no puede superar {1} caracteres.")]
    public string ManagingEntityName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Tipo de entidad gestora: elija una opción.")]
    public string ManagingEntityType { get; set; } = string.Empty;

    [Required(ErrorMessage = "Macrosector: elija una opción.")]
    public string Macrosector { get; set; } = string.Empty;
}

/// <summary>Registers a cluster manager with the initiative, and confirms the e-mail.</summary>
public sealed class ManagerRegistration(
    UserManager<ApplicationUser> users,
    SsmeDbContext db,
    IEmailSender email,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<OperationResult> RegisterAsync(RegistrationForm form, Func<string, string, string> confirmationLink, CancellationToken cancellationToken)
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
            return OperationResult.Failure(problems);
        }

        var department = Department.FromCode(profile.Department!);
        var normalized = Initiative.NormalizeName(form.InitiativeName);
        var taken = await db.Initiatives.AnyAsync(i => i.NormalizedName == normalized && i.DepartmentCode == department.Code, cancellationToken);
        if (taken)
        {
            return OperationResult.Failure($"Nombre de la iniciativa: ya existe la iniciativa «{form.InitiativeName.Trim()}» en {department.Name}, con su propio gerente. Si usted es ahora su responsable, pida al administrador del SSME que se la reasigne.");
        }

        var user = new ApplicationUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                return new OperationResult(created.Errors.Select(error => error.Description).ToList());
            }

            await users.AddToRoleAsync(user, Roles.ClusterManager);
            var initiative = new Initiative(form.InitiativeName, department, user.Id);
            initiative.DescribeProfile(form.ManagingEntityName, profile.ManagingEntityType, profile.Macrosector);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(new Actor(user.Id, user.Email), "ManagerRegistered", nameof(Initiative), initiative.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { initiative.Name, department = department.Code, form.ManagingEntityName, form.ManagingEntityType, form.Macrosector });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return OperationResult.Success;
        });
        if (!result.Succeeded)
        {
            return result;
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = confirmationLink(user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
        await email.SendAsync(
            new EmailMessage(
                user.Email!,
                "Confirme su correo para el SSME",
                $"<p>Hola, {HtmlEncoder.Default.Encode(user.DisplayName)}:</p><p>Registró la iniciativa «{HtmlEncoder.Default.Encode(form.InitiativeName.Trim())}» en el SSME de la Red Cluster Colombia. Confirme su correo para ingresar:</p><p><a href=\"{HtmlEncoder.Default.Encode(link)}\">Confirmar mi correo</a></p>"),
            cancellationToken);
        return OperationResult.Success;
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
