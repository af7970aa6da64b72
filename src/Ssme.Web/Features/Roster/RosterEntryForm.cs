using System.ComponentModel.DataAnnotations;
using Ssme.Domain.Roster;

namespace Ssme.Web.Features.Roster;

/// <summary>One roster entry as typed on the page; the same rules as a file's row check it.</summary>
public sealed class RosterEntryForm
{
    [Display(Name = "Código de la iniciativa (opcional)")]
    public string? InitiativeCode { get; set; }

    [Display(Name = "Nombre de la iniciativa")]
    public string? InitiativeName { get; set; }

    [Display(Name = "Departamento")]
    public string? Department { get; set; }

    [Display(Name = "Nombre del gerente")]
    public string? ManagerName { get; set; }

    [Display(Name = "Correo del gerente")]
    public string? ManagerEmail { get; set; }

    /// <summary>The form field a file column corresponds to.</summary>
    public static string? FieldOf(string? column) => column switch
    {
        RosterRules.InitiativeCodeColumn => nameof(InitiativeCode),
        RosterRules.InitiativeName => nameof(InitiativeName),
        RosterRules.Department => nameof(Department),
        RosterRules.ManagerName => nameof(ManagerName),
        RosterRules.ManagerEmail => nameof(ManagerEmail),
        _ => null,
    };

    public static string LabelOf(string? column) => column switch
    {
        RosterRules.InitiativeCodeColumn => "Código de la iniciativa",
        RosterRules.InitiativeName => "Nombre de la iniciativa",
        RosterRules.Department => "Departamento",
        RosterRules.ManagerName => "Nombre del gerente",
        _ => "Correo del gerente",
    };
}

/// <summary>The contact of an entry, edited on its own page.</summary>
public sealed class RosterContactForm
{
    [Display(Name = "Nombre del gerente")]
    public string ManagerName { get; set; } = string.Empty;

    [Display(Name = "Correo del gerente")]
    public string ManagerEmail { get; set; } = string.Empty;
}
