using Ssme.Domain.Exchange;
using Ssme.Domain.Initiatives;

namespace Ssme.Domain.Roster;

/// <summary>A roster file's row once checked: the initiative it names and its manager's contact.</summary>
public sealed record RosterRow(int Row, InitiativeCode? Code, string InitiativeName, Department Department, string ManagerName, string ManagerEmail);

/// <summary>
/// The roster file of SPEC §10: <c>initiative_name</c>, <c>department</c>, <c>manager_name</c>,
/// <c>manager_email</c> and optional <c>initiative_code</c>. Checked whole: one problem refuses the file.
/// </summary>
public static class RosterRules
{
    public const string InitiativeCodeColumn = "initiative_code";
    public const string InitiativeName = "initiative_name";
    public const string Department = "department";
    public const string ManagerName = "manager_name";
    public const string ManagerEmail = "manager_email";

    public static IReadOnlyList<string> Columns { get; } = [InitiativeCodeColumn, InitiativeName, Department, ManagerName, ManagerEmail];

    /// <summary>The rows that are fine and every problem; the caller refuses the file when there is any problem, after adding what only the database can tell (unknown codes).</summary>
    public static (IReadOnlyList<RosterRow> Rows, IReadOnlyList<ImportProblem> Problems) Check(IReadOnlyList<string> headers, IEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> rows)
    {
        var problems = new List<ImportProblem>();
        var unknown = headers.Where(header => !Columns.Contains(header, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportProblem(1, null, $"columnas desconocidas: {string.Join(", ", unknown.Select(name => $"«{name}»"))}. Las columnas son: {string.Join(", ", Columns)}."));
        }

        foreach (var missing in new[] { InitiativeName, Department, ManagerName, ManagerEmail }.Where(column => !headers.Contains(column, StringComparer.Ordinal)))
        {
            problems.Add(new ImportProblem(1, missing, "falta esta columna."));
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var valid = new List<RosterRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, values) in rows)
        {
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowProblems = new List<ImportProblem>();
            InitiativeCode? code = null;
            var codeText = values.GetValueOrDefault(InitiativeCodeColumn);
            if (!string.IsNullOrWhiteSpace(codeText))
            {
                if (InitiativeCode.TryParse(codeText, out var parsed))
                {
                    code = parsed;
                }
                else
                {
                    rowProblems.Add(new ImportProblem(number, InitiativeCodeColumn, $"«{codeText.Trim()}» no es un código de iniciativa (como IC-0001)."));
                }
            }

            var name = values.GetValueOrDefault(InitiativeName)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                rowProblems.Add(new ImportProblem(number, InitiativeName, "el nombre de la iniciativa es obligatorio."));
            }
            else if (name.Length > Initiative.MaxNameLength)
            {
                rowProblems.Add(new ImportProblem(number, InitiativeName, $"el nombre no puede superar {Initiative.MaxNameLength} caracteres."));
            }

            var department = Initiatives.Department.Find(values.GetValueOrDefault(Department));
            if (department is null)
            {
                rowProblems.Add(new ImportProblem(number, Department, $"«{values.GetValueOrDefault(Department)?.Trim()}» no es un departamento de Colombia."));
            }

            var managerName = values.GetValueOrDefault(ManagerName);
            var managerEmail = values.GetValueOrDefault(ManagerEmail);
            if (RosterEntry.ContactProblem(managerName, managerEmail) is { } contact)
            {
                rowProblems.Add(new ImportProblem(number, contact.Column, contact.Message));
            }

            if (rowProblems.Count == 0)
            {
                var key = code?.ToString() ?? $"{Initiative.NormalizeName(name!)}|{department!.Code}";
                if (seen.TryGetValue(key, out var first))
                {
                    rowProblems.Add(new ImportProblem(number, code is null ? InitiativeName : InitiativeCodeColumn, $"la iniciativa ya aparece en la fila {first}."));
                }
                else
                {
                    seen[key] = number;
                    valid.Add(new RosterRow(number, code, name!, department!, managerName!.Trim(), managerEmail!.Trim()));
                }
            }

            problems.AddRange(rowProblems);
        }

        return (valid, problems);
    }
}
