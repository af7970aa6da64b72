using System.Globalization;
using Ssme.Domain.Exchange;

namespace Ssme.Domain.History;

/// <summary>
/// The historical-figures file: <c>wave_code,wave_name,period_year,figure,department,value</c>, one
/// published aggregate a row. Checked whole: all rows or none.
/// </summary>
public static partial class HistoryRules
{
    public const string WaveCodeColumn = "wave_code";
    public const string WaveNameColumn = "wave_name";
    public const string PeriodYearColumn = "period_year";
    public const string FigureColumn = "figure";
    public const string DepartmentColumn = "department";
    public const string ValueColumn = "value";

    /// <summary>The department of a wave's total: empty, "Nacional", "Total" or "00" in the file.</summary>
    public const string TotalCode = "00";

    public const string Initiatives = "initiatives";
    public const string Employment = "employment";
    public const string Firms = "firms";
    public const string MacrosectorPrefix = "macrosector_";
    public const string PercentSuffix = "_pct";

    public static IReadOnlyList<string> Columns { get; } = [WaveCodeColumn, WaveNameColumn, PeriodYearColumn, FigureColumn, DepartmentColumn, ValueColumn];

    public static IReadOnlyList<string> Figures { get; } =
    [
        Initiatives, "macrosector_servicios_pct", "macrosector_manufactura_pct", "macrosector_agroindustria_pct", Employment, Firms,
    ];

    public static (IReadOnlyList<HistoryRow> Rows, IReadOnlyList<ImportProblem> Problems) Check(IReadOnlyList<string> headers, IEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> rows)
    {
        var problems = new List<ImportProblem>();
        var unknown = headers.Where(header => !Columns.Contains(header, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportProblem(1, null, $"columnas desconocidas: {string.Join(", ", unknown.Select(name => $"«{name}»"))}. Las columnas son: {string.Join(", ", Columns)}."));
        }

        problems.AddRange(Columns.Where(column => column != DepartmentColumn && !headers.Contains(column, StringComparer.Ordinal)).Select(missing => new ImportProblem(1, missing, "falta esta columna.")));
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var valid = new List<HistoryRow>();
        var seen = new Dictionary<(string, string, string), int>();
        var waves = new Dictionary<string, (string Name, int Year, int Row)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, values) in rows)
        {
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowProblems = new List<ImportProblem>();
            string? Text(string column) => values.GetValueOrDefault(column)?.Trim();

            if (!Waves.WaveCode.TryParse(Text(WaveCodeColumn), out var code))
            {
                rowProblems.Add(new ImportProblem(number, WaveCodeColumn, $"«{Text(WaveCodeColumn)}» no es un código de ola (entre 1 y {Waves.WaveCode.MaxLength} letras, números o guiones, por ejemplo «II»)."));
            }

            var name = Text(WaveNameColumn);
            if (string.IsNullOrEmpty(name) || name.Length > 100)
            {
                rowProblems.Add(new ImportProblem(number, WaveNameColumn, "falta el nombre de la ola (hasta 100 caracteres, por ejemplo «II Ola»)."));
            }

            if (!int.TryParse(Text(PeriodYearColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            {
                rowProblems.Add(new ImportProblem(number, PeriodYearColumn, $"«{Text(PeriodYearColumn)}» no es un año válido (por ejemplo 2018)."));
            }

            var figure = Text(FigureColumn) ?? string.Empty;
            if (!Figures.Contains(figure, StringComparer.Ordinal))
            {
                rowProblems.Add(new ImportProblem(number, FigureColumn, $"«{figure}» no es una cifra conocida. Las cifras son: {string.Join(", ", Figures)}."));
            }

            var department = Department(Text(DepartmentColumn));
            if (department is null)
            {
                rowProblems.Add(new ImportProblem(number, DepartmentColumn, $"«{Text(DepartmentColumn)}» no es un departamento de Colombia; deje la celda vacía o escriba «Nacional» para el total."));
            }
            else if (figure.StartsWith(MacrosectorPrefix, StringComparison.Ordinal) && department != TotalCode)
            {
                rowProblems.Add(new ImportProblem(number, DepartmentColumn, "los porcentajes de macrosector son del total de la ola: deje la celda vacía."));
            }

            var value = Value(Text(ValueColumn), figure.EndsWith(PercentSuffix, StringComparison.Ordinal));
            if (value is null)
            {
                rowProblems.Add(new ImportProblem(number, ValueColumn, figure.EndsWith(PercentSuffix, StringComparison.Ordinal)
                    ? $"«{Text(ValueColumn)}» no es un porcentaje entre 0 y 100 (por ejemplo 45.5)."
                    : $"«{Text(ValueColumn)}» no es un número entero mayor o igual a 0."));
            }

            if (rowProblems.Count == 0 && waves.TryGetValue(code.Value, out var wave))
            {
                // One wave has one name and one analysed year: the report names and orders it by them.
                if (!string.Equals(wave.Name, name, StringComparison.Ordinal))
                {
                    rowProblems.Add(new ImportProblem(number, WaveNameColumn, $"la ola {code.Value} se llama «{wave.Name}» en la fila {wave.Row}; todas las filas de una ola deben tener el mismo nombre."));
                }

                if (wave.Year != year)
                {
                    rowProblems.Add(new ImportProblem(number, PeriodYearColumn, $"la ola {code.Value} tiene el año analizado {wave.Year} en la fila {wave.Row}; todas las filas de una ola deben tener el mismo año."));
                }
            }
            else if (rowProblems.Count == 0)
            {
                waves[code.Value] = (name!, year, number);
            }

            if (rowProblems.Count == 0)
            {
                if (seen.TryGetValue((code.Value, figure, department!), out var first))
                {
                    rowProblems.Add(new ImportProblem(number, FigureColumn, $"la cifra {figure} de la ola {code.Value} y este departamento ya aparece en la fila {first}."));
                }
                else
                {
                    seen[(code.Value, figure, department!)] = number;
                    valid.Add(new HistoryRow(code.Value, name!, year, figure, department!, value!.Value));
                }
            }

            problems.AddRange(rowProblems);
        }

        return problems.Count > 0 ? ([], problems) : (valid, []);
    }

    private static string? Department(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text == TotalCode || Common.SpanishText.Fold(text) is "nacional" or "total")
        {
            return TotalCode;
        }

        return global::Ssme.Domain.Initiatives.Department.Find(text)?.Code;
    }

    /// <summary>Counts may be written as published ("3.067.094"); percentages use "." for decimals (SPEC §6).</summary>
    private static decimal? Value(string? text, bool percent)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = !percent && ColombianThousands().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text;
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return percent ? (value <= 100m ? value : null) : (value == decimal.Truncate(value) && value <= Questionnaire.FieldBounds.MaxCount * 100m ? value : null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ColombianThousands();
}
