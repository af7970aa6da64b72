using Ssme.Domain.Common;

namespace Ssme.Domain.Roster;

/// <summary>
/// An initiative expected in a wave and the person who answers for it (SPEC §10). One entry per
/// initiative per wave; the contact is who the invitation and the reminders go to.
/// </summary>
public sealed class RosterEntry
{
    public const int MaxNameLength = 200;

    public const int MaxEmailLength = EmailAddresses.MaxLength;

    private RosterEntry()
    {
        ManagerName = string.Empty;
        ManagerEmail = string.Empty;
    }

    public RosterEntry(int waveId, int initiativeId, string managerName, string managerEmail)
        : this()
    {
        WaveId = waveId;
        InitiativeId = initiativeId;
        ChangeContact(managerName, managerEmail);
    }

    public int Id { get; private set; }

    public int WaveId { get; private set; }

    public int InitiativeId { get; private set; }

    public string ManagerName { get; private set; }

    public string ManagerEmail { get; private set; }

    public void ChangeContact(string managerName, string managerEmail)
    {
        if (ContactProblem(managerName, managerEmail) is { } problem)
        {
            throw new DomainException(problem.Message);
        }

        ManagerName = managerName.Trim();
        ManagerEmail = managerEmail.Trim();
    }

    /// <summary>The first thing wrong with a contact, with the column it is about; null when it is fine.</summary>
    public static (string Column, string Message)? ContactProblem(string? managerName, string? managerEmail)
    {
        if (string.IsNullOrWhiteSpace(managerName))
        {
            return (RosterRules.ManagerName, "Nombre del gerente: es obligatorio.");
        }

        if (managerName.Trim().Length > MaxNameLength)
        {
            return (RosterRules.ManagerName, $"Nombre del gerente: no puede superar {MaxNameLength} caracteres.");
        }

        return IsEmail(managerEmail)
            ? null
            : (RosterRules.ManagerEmail, $"Correo del gerente: «{managerEmail?.Trim()}» no es un correo electrónico válido.");
    }

    /// <summary>The portal's one address rule (<see cref="EmailAddresses"/>), named here for the roster's checks.</summary>
    public static bool IsEmail(string? text) => EmailAddresses.IsValid(text);
}
