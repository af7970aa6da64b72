using System.Text.Json;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;

namespace Ssme.Domain.Publication;

/// <summary>The initiatives at one level of a row; null when the group is too small to publish.</summary>
public sealed record PublicCell(Level Level, int? Initiatives, int? Percent);

/// <summary>One row of the public categorization table (a variable, or the overall level).</summary>
public sealed record PublicLevelRow(string Code, string Area, string Name, int? N, IReadOnlyList<PublicCell> Cells)
{
    public PublicCell Cell(Level level) => Cells.First(cell => cell.Level == level);
}

/// <summary>How many categorized initiatives a department or macrosector has; null when suppressed.</summary>
public sealed record PublicGroupCount(string Code, string Name, int? Initiatives);

/// <summary>
/// What a published wave shows to anyone (SPEC §13): counts and the categorization table, and the
/// categorized initiatives per department and macrosector. It holds only aggregates, and no group of
/// fewer than <see cref="MinimumGroup"/> initiatives can be read or worked out by subtraction
/// (complementary suppression):
/// <list type="bullet">
/// <item>A level with 1–4 initiatives is suppressed (primary suppression).</item>
/// <item>A variable's levels add up to n, and n plus its "Sin dato" to the categorized total. When
/// "Sin dato" has 1–4 initiatives, n is withheld, and with it every share of the row (a count beside
/// its share gives n back); the counts of the levels may still show.</item>
/// <item>Then, while the hidden cells of a row are a single cell, or add up to 1–4 initiatives, the
/// smallest non-zero level still shown is hidden too (a zero would hide nothing).</item>
/// <item>A variable with n &lt; 5 is hidden whole. Departments and macrosectors under 5 are pooled
/// into "Otros"; when the pool has 1–4, the smallest group shown is hidden with it, since the groups
/// add up to the categorized total.</item>
/// </list>
/// It is computed once, when the wave is published, and kept with the publication, so later changes
/// never alter what was published.
/// </summary>
public sealed record PublicResults(
    string WaveCode,
    string WaveName,
    int PeriodYear,
    int? Registered,
    int? Categorized,
    IReadOnlyList<PublicLevelRow> Variables,
    PublicLevelRow Overall,
    IReadOnlyList<PublicGroupCount> Departments,
    IReadOnlyList<PublicGroupCount> Macrosectors)
{
    public const int MinimumGroup = 5;

    public const string OthersCode = "otros";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PublicResults Build(WaveFigures figures, IReadOnlyList<(Department Department, Macrosector? Macrosector)> categorized, string waveCode, string waveName, int periodYear) =>
        new(
            waveCode,
            waveName,
            periodYear,
            Shown(figures.Registered),
            Shown(figures.Categorized),
            [.. figures.Variables.Select(item => Row(item.Variable.Code, item.Variable.Area.Title, item.Variable.Name, item.Counts, figures.Categorized))],
            Row("overall", string.Empty, "Nivel general", figures.Overall, figures.Categorized),
            Groups(categorized.GroupBy(item => item.Department).Select(group => (group.Key.Code, group.Key.Name, group.Count())), "Otros departamentos"),
            Groups(categorized.GroupBy(item => item.Macrosector).Select(group => (group.Key is { } code ? ChoiceCode.ToCode(code) : "sin_dato", group.Key is { } sector ? MacrosectorName(sector) : LevelText.NoData, group.Count())), "Otros macrosectores"));

    /// <summary>The columns of the open-data CSV: machine values, one row per published figure.</summary>
    public static IReadOnlyList<string> OpenDataColumns { get; } = ["dimension", "code", "name", "level", "initiatives", "percent", "suppressed"];

    /// <summary>
    /// The open-data rows: participation, each variable's n and levels, the overall level, and the
    /// initiatives per department and macrosector. A suppressed figure has empty values and
    /// <c>suppressed</c> = <c>true</c>.
    /// </summary>
    public IEnumerable<IReadOnlyList<string?>> OpenDataRows()
    {
        yield return Figure("participation", "registered", "Inscritas", null, Registered);
        yield return Figure("participation", "categorized", "Categorizadas", null, Categorized);
        foreach (var (dimension, row) in Variables.Select(row => ("variable", row)).Append(("overall", Overall)))
        {
            yield return Figure(dimension, row.Code, row.Name, null, row.N);
            foreach (var cell in row.Cells)
            {
                yield return Figure(dimension, row.Code, row.Name, cell.Level, cell.Initiatives, cell.Percent);
            }
        }

        foreach (var group in Departments)
        {
            yield return Figure("department", group.Code, group.Name, null, group.Initiatives);
        }

        foreach (var group in Macrosectors)
        {
            yield return Figure("macrosector", group.Code, group.Name, null, group.Initiatives);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PublicResults FromJson(string json) =>
        JsonSerializer.Deserialize<PublicResults>(json, Json) ?? throw new InvalidOperationException("Empty published results.");

    private static string?[] Figure(string dimension, string code, string name, Level? level, int? initiatives, int? percent = null) =>
    [
        dimension,
        code,
        name,
        level is { } value ? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        initiatives?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        percent?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        initiatives is null ? "true" : "false",
    ];

    private static int? Shown(int count) => count is > 0 and < MinimumGroup ? null : count;

    private static PublicLevelRow Row(string code, string area, string name, LevelCounts counts, int categorized)
    {
        if (counts.N < MinimumGroup)
        {
            return new PublicLevelRow(code, area, name, null, [.. LevelText.All.Select(level => new PublicCell(level, null, null))]);
        }

        var sinDato = categorized - counts.N;
        var withholdN = Shown(sinDato) is null;
        var hidden = LevelText.All.Where(level => Shown(counts.Count(level)) is null).ToHashSet();
        int HiddenCells() => hidden.Count + (withholdN ? 1 : 0);
        int HiddenInitiatives() => hidden.Sum(counts.Count) + (withholdN ? sinDato : 0);
        while (HiddenCells() > 0 && (HiddenCells() == 1 || HiddenInitiatives() < MinimumGroup))
        {
            var next = LevelText.All.Where(level => !hidden.Contains(level) && counts.Count(level) > 0).OrderBy(counts.Count).ThenBy(level => level).Cast<Level?>().FirstOrDefault();
            if (next is not { } level)
            {
                break;
            }

            hidden.Add(level);
        }

        return new PublicLevelRow(code, area, name, withholdN ? null : counts.N, [.. LevelText.All.Select(level => hidden.Contains(level)
            ? new PublicCell(level, null, null)
            : new PublicCell(level, counts.Count(level), withholdN ? null : counts.PercentOf(level)))]);
    }

    /// <summary>
    /// Groups under the minimum are pooled into one "others" row. A pool of 1–4 is suppressed, and so
    /// is the smallest group shown, or the total minus the groups shown would give the pool.
    /// </summary>
    private static List<PublicGroupCount> Groups(IEnumerable<(string Code, string Name, int Count)> groups, string othersName)
    {
        var all = groups.OrderByDescending(group => group.Count).ThenBy(group => group.Name, StringComparer.Ordinal).ToList();
        var shown = all.Where(group => group.Count >= MinimumGroup).Select(group => new PublicGroupCount(group.Code, group.Name, group.Count)).ToList();
        var pooled = all.Where(group => group.Count < MinimumGroup).Sum(group => group.Count);
        if (pooled > 0 && Shown(pooled) is null && shown.Count > 0)
        {
            shown[^1] = shown[^1] with { Initiatives = null };
        }

        if (pooled > 0)
        {
            shown.Add(new PublicGroupCount(OthersCode, othersName, Shown(pooled)));
        }

        return shown;
    }

    private static string MacrosectorName(Macrosector sector) =>
        QuestionnaireFields.Get(FieldCodes.Macrosector).Options.First(option => option.Code == ChoiceCode.ToCode(sector)).Label;
}
