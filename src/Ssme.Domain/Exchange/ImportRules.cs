using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Domain.Submissions;

namespace Ssme.Domain.Exchange;

/// <summary>
/// Checks an import file's header and rows against the questionnaire's own rules, so a file is held
/// to exactly what the form demands. Level columns are accepted and ignored: levels are recomputed.
/// </summary>
public static class ImportRules
{
    public static IReadOnlyList<ImportProblem> CheckHeader(IReadOnlyList<string> headers, MethodologyDefinition methodology)
    {
        if (headers.Count == 1 && headers[0].Contains(';', StringComparison.Ordinal))
        {
            // Excel in Spanish saves "CSV" with semicolons; say so instead of naming one giant unknown column.
            return [new ImportProblem(1, null, "el archivo está separado por punto y coma (;). Guárdelo como «CSV UTF-8 (delimitado por comas)» o cargue el libro .xlsx.")];
        }

        var known = ExchangeColumns.For(methodology).ToHashSet(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        var unknown = headers.Where(header => !known.Contains(header)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportProblem(1, null, $"{(unknown.Count == 1 ? "columna desconocida" : "columnas desconocidas")}: {string.Join(", ", unknown.Select(name => $"«{name}»"))}. Use los códigos de campo del cuestionario."));
        }

        foreach (var duplicate in headers.GroupBy(header => header, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add(new ImportProblem(1, duplicate.Key, "la columna aparece más de una vez."));
        }

        if (!headers.Contains(ExchangeColumns.InitiativeCode, StringComparer.Ordinal))
        {
            foreach (var required in new[] { FieldCodes.InitiativeName, FieldCodes.Department }.Where(code => !headers.Contains(code, StringComparer.Ordinal)))
            {
                problems.Add(new ImportProblem(1, required, $"falta esta columna, que identifica la iniciativa (o la columna {ExchangeColumns.InitiativeCode})."));
            }
        }

        return problems;
    }

    /// <summary>Reads every row; returns the valid rows, or the problems of every bad row and field.</summary>
    public static (IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportProblem> Problems) CheckRows(IEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> rows)
    {
        var valid = new List<ImportedRow>();
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<(string Name, string Department), int>();
        var seenCodes = new Dictionary<InitiativeCode, int>();
        foreach (var (number, values) in rows)
        {
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowProblems = new List<ImportProblem>();
            var answers = new Answers();
            foreach (var field in QuestionnaireFields.All)
            {
                if (!values.TryGetValue(field.Code, out var raw))
                {
                    continue;
                }

                (answers, var problem) = field.TryAssign(answers, ExchangeColumns.IsFreeText(field) ? ExchangeColumns.Restore(raw) : raw, ValueFormat.Machine);
                if (problem is not null)
                {
                    rowProblems.Add(new ImportProblem(number, field.Code, problem));
                }
            }

            var code = ReadCode(number, values, rowProblems, seenCodes);
            foreach (var identifying in new[] { FieldCodes.InitiativeName, FieldCodes.Department })
            {
                if (code is null && !QuestionnaireFields.Get(identifying).HasValue(answers) && rowProblems.All(problem => problem.Column != identifying))
                {
                    rowProblems.Add(new ImportProblem(number, identifying, $"{QuestionnaireFields.Get(identifying).ShortLabel}: falta la respuesta; identifica la iniciativa."));
                }
            }

            values.TryGetValue(ExchangeColumns.Status, out var rawStatus);
            var status = ParseStatus(rawStatus);
            if (status is null)
            {
                rowProblems.Add(new ImportProblem(number, ExchangeColumns.Status, $"«{rawStatus?.Trim()}» no es un estado válido (estados: {string.Join(", ", Enum.GetNames<SubmissionStatus>())})."));
            }

            if (rowProblems.Count == 0)
            {
                var rules = status is SubmissionStatus.Draft or SubmissionStatus.Returned
                    ? QuestionnaireRules.QuestionSections.SelectMany(section => SectionValidator.For(section, complete: false).Check(answers))
                    : QuestionnaireRules.CheckSubmission(answers);
                // A row naming its initiative by code takes the initiative's own name and department.
                rowProblems.AddRange(rules
                    .Where(rule => code is null || !Initiative.IsIdentityField(rule.Code))
                    .Select(rule => new ImportProblem(number, rule.Code, rule.Message)));
            }

            var department = Department.Find(answers.Department);
            if (code is null && answers.InitiativeName is { } name && department is not null)
            {
                var key = (Initiative.NormalizeName(name), department.Code);
                if (seen.TryGetValue(key, out var first))
                {
                    rowProblems.Add(new ImportProblem(number, FieldCodes.InitiativeName, $"la iniciativa «{name}» de {department.Name} ya aparece en la fila {first}; cada iniciativa va una sola vez por archivo."));
                }
                else
                {
                    seen[key] = number;
                }
            }

            if (rowProblems.Count == 0)
            {
                valid.Add(new ImportedRow(number, code, answers.InitiativeName, department, answers, status!.Value));
            }

            problems.AddRange(rowProblems.DistinctBy(problem => (problem.Column, problem.Message)));
        }

        return (valid, problems);
    }

    /// <summary>The row's initiative code, when the column is there and filled; a bad or repeated one is a problem of the row.</summary>
    private static InitiativeCode? ReadCode(int number, IReadOnlyDictionary<string, string?> values, List<ImportProblem> problems, Dictionary<InitiativeCode, int> seen)
    {
        if (!values.TryGetValue(ExchangeColumns.InitiativeCode, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!InitiativeCode.TryParse(raw, out var code))
        {
            problems.Add(new ImportProblem(number, ExchangeColumns.InitiativeCode, $"«{raw.Trim()}» no es un código de iniciativa (por ejemplo IC-0001)."));
            return null;
        }

        if (seen.TryGetValue(code, out var first))
        {
            problems.Add(new ImportProblem(number, ExchangeColumns.InitiativeCode, $"la iniciativa {code} ya aparece en la fila {first}; cada iniciativa va una sola vez por archivo."));
        }
        else
        {
            seen[code] = number;
        }

        return code;
    }

    /// <summary>An empty cell means Submitted, as SPEC §7 says imported submissions become.</summary>
    private static SubmissionStatus? ParseStatus(string? raw) =>
        string.IsNullOrWhiteSpace(raw)
            ? SubmissionStatus.Submitted
            : Enum.GetValues<SubmissionStatus>().Cast<SubmissionStatus?>().FirstOrDefault(status => string.Equals(status.ToString(), raw.Trim(), StringComparison.OrdinalIgnoreCase));
}
