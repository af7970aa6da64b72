using System.Globalization;
using Ssme.Domain.Exchange;

namespace Ssme.Domain.Reference;

/// <summary>
/// The reference-data file: one row per department and year with DANE's occupied population and the
/// firms registered in the chambers of commerce (RUES). Checked whole, like a wave file.
/// </summary>
public static partial class ReferenceRules
{
    public const string Department = "department";
    public const string Year = "year";
    public const string OccupiedPopulation = "occupied_population";
    public const string RegisteredFirms = "registered_firms";

    public static IReadOnlyList<string> Columns { get; } = [Department, Year, OccupiedPopulation, RegisteredFirms];

    public static (IReadOnlyList<ReferenceRow> Rows, IReadOnlyList<ImportProblem> Problems) Check(IReadOnlyList<string> headers, IEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> rows)
    {
        var problems = new List<ImportProblem>();
        var unknown = headers.Where(header => !Columns.Contains(header, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportProblem(1, null, $"columnas desconocidas: {string.Join(", ", unknown.Select(name => $"«{name}»"))}. Las columnas son: {string.Join(", ", Columns)}."));
        }

        foreach (var missing in new[] { Department, Year }.Where(column => !headers.Contains(column, StringComparer.Ordinal)))
        {
            problems.Add(new ImportProblem(1, missing, "falta esta columna."));
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var valid = new List<ReferenceRow>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var (number, values) in rows)
        {
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowProblems = new List<ImportProblem>();
            var department = Place(values.GetValueOrDefault(Department));
            if (department is null)
            {
                rowProblems.Add(new ImportProblem(number, Department, $"«{values.GetValueOrDefault(Department)}» no es un departamento de Colombia ni «{ReferenceFigure.NationalName}»."));
            }

            var yearText = values.GetValueOrDefault(Year);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            {
                rowProblems.Add(new ImportProblem(number, Year, $"«{yearText}» no es un año válido (por ejemplo 2025)."));
            }

            var occupied = Count(values, OccupiedPopulation, number, rowProblems);
            var firms = Count(values, RegisteredFirms, number, rowProblems);
            if (department is not null && rowProblems.Count == 0)
            {
                if (seen.TryGetValue((department.Value.Code, year), out var first))
                {
                    rowProblems.Add(new ImportProblem(number, Department, $"{department.Value.Name} {year} ya aparece en la fila {first}."));
                }
                else
                {
                    seen[(department.Value.Code, year)] = number;
                    valid.Add(new ReferenceRow(department.Value.Code, year, occupied, firms));
                }
            }

            problems.AddRange(rowProblems);
        }

        return problems.Count > 0 ? ([], problems) : (valid, []);
    }

    /// <summary>A department by name or DIVIPOLA code, or the national row ("Nacional" or "00").</summary>
    private static (string Code, string Name)? Place(string? text)
    {
        if (text is not null && (Common.SpanishText.Fold(text) == Common.SpanishText.Fold(ReferenceFigure.NationalName) || text.Trim() == ReferenceFigure.NationalCode))
        {
            return (ReferenceFigure.NationalCode, ReferenceFigure.NationalName);
        }

        return Initiatives.Department.Find(text) is { } department ? (department.Code, department.Name) : null;
    }

    private static long? Count(IReadOnlyDictionary<string, string?> values, string column, int row, List<ImportProblem> problems)
    {
        var text = values.GetValueOrDefault(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Figures are often pasted as DANE and RUES print them ("3.067.094"): dots grouping thousands.
        var digits = ColombianThousands().IsMatch(text.Trim()) ? text.Trim().Replace(".", string.Empty, StringComparison.Ordinal) : text;
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && value <= long.MaxValue)
        {
            return (long)value;
        }

        problems.Add(new ImportProblem(row, column, $"«{text}» no es un número entero mayor o igual a 0."));
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ColombianThousands();
}
