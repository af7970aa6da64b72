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

    /// <summary>The answers with the profile answers a new draft does not have yet filled in.</summary>
    public Questionnaire.Answers PrefillProfile(Questionnaire.Answers answers) => answers with
    {
        InitiativeName = answers.InitiativeName ?? Name,
        Department = answers.Department ?? DepartmentCode,
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

    public void AssignManager(string? managerUserId) => ManagerUserId = managerUserId;

    public static string NormalizeName(string name) =>
        string.Join(' ', Common.SpanishText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
