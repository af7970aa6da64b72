using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Exchange;

/// <summary>
/// What importing a checked file into a wave would do, row by row (SPEC §2, §7): new, changed (with
/// each changed field), unchanged, or refused. A closed wave refuses the whole file; a row that would
/// change an accepted, excluded or returned questionnaire is refused by name, so an analyst acts
/// first; one refusal refuses the file. The preview, the dry run and the import itself all use it.
/// </summary>
public sealed class ImportPlan
{
    public const string StatusLabel = "Estado";

    private ImportPlan(string waveCode, string? waveRefusal, IReadOnlyList<PlannedRow> rows, string fingerprint)
    {
        WaveCode = waveCode;
        WaveRefusal = waveRefusal;
        Rows = rows;
        Fingerprint = fingerprint;
    }

    public string WaveCode { get; }

    /// <summary>Why the wave takes no file at all, when it does not.</summary>
    public string? WaveRefusal { get; }

    public IReadOnlyList<PlannedRow> Rows { get; }

    /// <summary>
    /// A digest of everything the plan was made from (the wave's status, each matched initiative and
    /// the version of each submission); a confirmation applies the file only while it is the same.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The refused rows' problems, each naming its row, initiative and reason.</summary>
    public IReadOnlyList<ImportProblem> Problems =>
        Rows.Where(row => row.Kind == ImportRowKind.Refused).Select(row => row.Refusal!).ToList();

    public bool CanApply => WaveRefusal is null && Problems.Count == 0;

    public int Count(ImportRowKind kind) => Rows.Count(row => row.Kind == kind);

    public IEnumerable<PlannedRow> Of(ImportRowKind kind) => Rows.Where(row => row.Kind == kind);

    /// <summary>"2 nuevo(s), 1 con cambios, 5 sin cambios, 0 rechazado(s)".</summary>
    public string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"{Count(ImportRowKind.New)} nuevo(s), {Count(ImportRowKind.Changed)} con cambios, {Count(ImportRowKind.Unchanged)} sin cambios, {Count(ImportRowKind.Refused)} rechazado(s)");

    public static ImportPlan For(Wave wave, IReadOnlyList<ImportedRow> rows, IReadOnlyCollection<Initiative> initiatives, IReadOnlyCollection<Submission> submissions)
    {
        var byCode = initiatives.Where(initiative => initiative.Code is not null).ToDictionary(initiative => initiative.Code!.Value);
        var byName = initiatives.ToDictionary(initiative => (initiative.NormalizedName, initiative.DepartmentCode));
        var byInitiative = submissions.Where(submission => submission.WaveId == wave.Id).ToDictionary(submission => submission.InitiativeId);
        var firstRowOf = new Dictionary<int, int>();
        var planned = new List<PlannedRow>(rows.Count);
        foreach (var row in rows)
        {
            planned.Add(PlanRow(wave, row, byCode, byName, byInitiative, firstRowOf));
        }

        var waveRefusal = wave.AcceptsImports ? null : wave.ImportRefusal;
        return new ImportPlan(wave.Code, waveRefusal, planned, FingerprintOf(wave, planned));
    }

    private static PlannedRow PlanRow(
        Wave wave,
        ImportedRow row,
        Dictionary<InitiativeCode, Initiative> byCode,
        Dictionary<(string, string), Initiative> byName,
        Dictionary<int, Submission> byInitiative,
        Dictionary<int, int> firstRowOf)
    {
        if (row.Code is { } code)
        {
            if (!byCode.TryGetValue(code, out var coded))
            {
                return Refused(row, row.InitiativeName ?? code.ToString(), null, null, new ImportProblem(row.Row, ExchangeColumns.InitiativeCode, $"no existe ninguna iniciativa con el código «{code}»."));
            }

            return PlanExisting(wave, row, coded, byInitiative, firstRowOf);
        }

        return byName.TryGetValue((Initiative.NormalizeName(row.InitiativeName!), row.Department!.Code), out var named)
            ? PlanExisting(wave, row, named, byInitiative, firstRowOf)
            : new PlannedRow(row, ImportRowKind.New, row.InitiativeName!, null, null, row.Answers, [], null);
    }

    private static PlannedRow PlanExisting(Wave wave, ImportedRow row, Initiative initiative, Dictionary<int, Submission> byInitiative, Dictionary<int, int> firstRowOf)
    {
        var answers = initiative.WithIdentity(row.Answers);
        var submission = byInitiative.GetValueOrDefault(initiative.Id);
        if (!firstRowOf.TryAdd(initiative.Id, row.Row))
        {
            return Refused(row, initiative.Name, initiative, submission, new ImportProblem(row.Row, ExchangeColumns.InitiativeCode, $"la iniciativa {Describe(initiative)} ya aparece en la fila {firstRowOf[initiative.Id]}; cada iniciativa va una sola vez por archivo."));
        }

        if (submission is null)
        {
            return new PlannedRow(row, ImportRowKind.New, initiative.Name, initiative, null, answers, [], null);
        }

        var changes = Differences(submission, answers, row.Status);
        if (changes.Count == 0)
        {
            return new PlannedRow(row, ImportRowKind.Unchanged, initiative.Name, initiative, submission, answers, [], null);
        }

        if (!submission.CanBeChangedByImport)
        {
            var refusal = new ImportProblem(
                row.Row,
                ExchangeColumns.Status,
                $"la iniciativa {Describe(initiative)} tiene su cuestionario «{submission.Status.ToSpanish()}» en la ola {wave.Code}; una importación no cambia cuestionarios aceptados, excluidos ni devueltos. Quite la fila o pida a un analista que actúe primero.");
            return Refused(row, initiative.Name, initiative, submission, refusal) with { Changes = changes };
        }

        return new PlannedRow(row, ImportRowKind.Changed, initiative.Name, initiative, submission, answers, changes, null);
    }

    private static PlannedRow Refused(ImportedRow row, string name, Initiative? initiative, Submission? submission, ImportProblem refusal) =>
        new(row, ImportRowKind.Refused, name, initiative, submission, row.Answers, [], refusal);

    private static string Describe(Initiative initiative) =>
        initiative.Code is { } code ? $"«{initiative.Name}» ({code})" : $"«{initiative.Name}»";

    private static List<FieldChange> Differences(Submission submission, Answers answers, SubmissionStatus status)
    {
        var changes = QuestionnaireFields.All
            .Where(field => !string.Equals(field.ToMachine(submission.Answers), field.ToMachine(answers), StringComparison.Ordinal))
            .Select(field => new FieldChange(field.Code, field.ShortLabel, field.ToDisplay(submission.Answers), field.ToDisplay(answers)))
            .ToList();
        if (status != submission.Status)
        {
            changes.Add(new FieldChange(ExchangeColumns.Status, StatusLabel, submission.Status.ToSpanish(), status.ToSpanish()));
        }

        return changes;
    }

    private static string FingerprintOf(Wave wave, IReadOnlyList<PlannedRow> rows)
    {
        var text = new StringBuilder().Append(wave.Id).Append(':').Append(wave.Status);
        foreach (var row in rows)
        {
            text.Append('|').Append(row.Row).Append(':').Append(row.Kind).Append(':')
                .Append(row.Initiative?.Id.ToString(CultureInfo.InvariantCulture) ?? Initiative.NormalizeName(row.InitiativeName))
                .Append(':').Append(row.Submission?.Version.ToString("N"));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
