namespace Ssme.Domain.Initiatives;

/// <summary>A cluster initiative; it persists across waves and has one responsible manager.</summary>
public sealed class Initiative
{
    public const int MaxNameLength = 200;

    public const int MaxManagingEntityNameLength = 300;

    private Initiative()
    {
        Name = string.Empty;
        NormalizedName = string.Empty;
        DepartmentCode = string.Empty;
    }

    public Initiative(string name, Department department, string? managerUserId)
        : this()
    {
        Rename(name, department);
        ManagerUserId = managerUserId;
    }

    public int Id { get; private set; }

    /// <summary>Null only until the initiative is first saved: the portal numbers initiatives in creation order.</summary>
    public InitiativeCode? Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Accent- and case-folded name; with the department it identifies the initiative in imports.</summary>
    public string NormalizedName { get; private set; }

    public string DepartmentCode { get; private set; }

    public string? ManagerUserId { get; private set; }

    public Department Department => Department.FromCode(DepartmentCode);

    /// <summary>The profile given at registration; it pre-fills the Perfil section of every new draft.</summary>
    public string? ManagingEntityName { get; private set; }

    public Questionnaire.ManagingEntityType? ManagingEntityType { get; private set; }

    public Questionnaire.Macrosector? Macrosector { get; private set; }

    public void DescribeProfile(string? managingEntityName, Questionnaire.ManagingEntityType? managingEntityType, Questionnaire.Macrosector? macrosector)
    {
        ManagingEntityName = string.IsNullOrWhiteSpace(managingEntityName) ? null : managingEntityName.Trim();
        ManagingEntityType = managingEntityType;
        Macrosector = macrosector;
    }

    /// <summary>
    /// The questions whose answers are the initiative's own name and department: no manager or file
    /// sets them through answers, so nobody can file answers under another initiative's identity.
    /// </summary>
    public static bool IsIdentityField(string fieldCode) =>
        fieldCode is Questionnaire.FieldCodes.InitiativeName or Questionnaire.FieldCodes.Department;

    /// <summary>The answers with this initiative's own name and department, whatever they said before.</summary>
    public Questionnaire.Answers WithIdentity(Questionnaire.Answers answers) => answers with
    {
        InitiativeName = Name,
        Department = DepartmentCode,
    };

    /// <summary>The answers with the initiative's identity and the profile answers a new draft does not have yet filled in.</summary>
    public Questionnaire.Answers PrefillProfile(Questionnaire.Answers answers) => WithIdentity(answers) with
    {
        ManagingEntityName = answers.ManagingEntityName ?? ManagingEntityName,
        ManagingEntityType = answers.ManagingEntityType ?? ManagingEntityType,
        Macrosector = answers.Macrosector ?? Macrosector,
    };

    public void Rename(string name, Department department)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = NormalizeName(Name);
        DepartmentCode = department.Code;
    }

    /// <summary>Gives the initiative its code once; a code never changes afterwards.</summary>
    public void AssignCode(InitiativeCode code)
    {
        if (Code is { } assigned && assigned != code)
        {
            throw new InvalidOperationException($"Initiative {assigned} already has its code.");
        }

        Code = code;
    }

    public void AssignManager(string? managerUserId) => ManagerUserId = managerUserId;

    public static string NormalizeName(string name) =>
        string.Join(' ', Common.SpanishText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
