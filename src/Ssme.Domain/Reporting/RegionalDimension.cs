using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Reference;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>
/// The initiatives' jobs (or firms) in a place beside the reference figure of the year (DANE occupied
/// population, RUES registered firms), printed with one decimal as the seed does. A share above
/// 100 % cannot be true: it is flagged as a likely unit error (a reference typed in thousands) rather
/// than printed.
/// </summary>
public sealed record RegionalShare(long Initiatives, long? Reference)
{
    /// <summary>Printed where the reference figure itself is missing; the share then reads "—".</summary>
    public const string NoReferenceText = "Sin referencia";

    public const string UnitErrorText = "Revisar cifra";

    public bool LikelyUnitError => Reference is { } reference && Initiatives > reference;

    public Fraction? Share => Reference is { } reference ? new Fraction(Initiatives, reference) : null;

    public string Text => Share switch
    {
        null => PercentText.NoData,
        _ when LikelyUnitError => UnitErrorText,
        { } share => share.OneDecimalText,
    };
}

/// <summary>
/// The previous wave's jobs and firms per department and in total: from its categorized submissions,
/// or, for a wave before the portal, from its published figures (a figure it did not publish is null).
/// </summary>
public sealed record RegionalPrevious(Wave Wave, IReadOnlyDictionary<string, (long? Employment, long? Firms)> Departments, (long? Employment, long? Firms) Total)
{
    public static RegionalPrevious FromSubmissions(Wave wave, IReadOnlyList<ReportEntry> categorized)
    {
        var totals = RegionalDimension.Totals(categorized);
        return new RegionalPrevious(
            wave,
            totals.ToDictionary(pair => pair.Key, pair => ((long?)pair.Value.Employment, (long?)pair.Value.Firms)),
            (totals.Values.Sum(item => item.Employment), totals.Values.Sum(item => item.Firms)));
    }

    /// <summary>A historical wave's <c>employment</c> and <c>firms</c> figures; without them every figure is missing ("Sin registro").</summary>
    public static RegionalPrevious FromHistory(Wave wave, IReadOnlyList<History.HistoricalFigure> figures)
    {
        var regional = figures.Where(figure => figure.Figure is History.HistoryRules.Employment or History.HistoryRules.Firms).ToList();

        long? Value(string figure, string department) =>
            regional.FirstOrDefault(item => item.Figure == figure && item.DepartmentCode == department) is { } found ? (long)found.Value : null;

        return new RegionalPrevious(
            wave,
            regional.Select(figure => figure.DepartmentCode).Where(code => code != History.HistoryRules.TotalCode).Distinct()
                .ToDictionary(code => code, code => (Value(History.HistoryRules.Employment, code), Value(History.HistoryRules.Firms, code))),
            (Value(History.HistoryRules.Employment, History.HistoryRules.TotalCode), Value(History.HistoryRules.Firms, History.HistoryRules.TotalCode)));
    }
}

/// <summary>
/// One department (or the nation) in the wave and, when there is one, in the previous wave. A
/// department only the previous wave had keeps its row with <see cref="InWave"/> false: its figures
/// of this wave print "Sin registro", as the seed does.
/// </summary>
public sealed record RegionalRow(string Name, RegionalShare Employment, RegionalShare Firms, RegionalShare? PreviousEmployment, RegionalShare? PreviousFirms, bool InWave = true)
{
    public bool LikelyUnitError => Employment.LikelyUnitError || Firms.LikelyUnitError || PreviousEmployment?.LikelyUnitError == true || PreviousFirms?.LikelyUnitError == true;
}

/// <summary>
/// Section 5, Dimension 3 "Dinámica del cluster regional": the initiatives' jobs and firms per managing
/// department and nationally, against the reference of the wave's year, with the previous wave
/// (the latest earlier analysed year with categorized initiatives) beside. The national row takes its
/// total from the reference file's national row, never from the sum of the departments loaded.
/// </summary>
public sealed record RegionalDimension(IReadOnlyList<RegionalRow> Departments, RegionalRow National, Wave? Previous, bool ReferenceLoaded, bool NationalReferenceLoaded)
{
    public bool AnyLikelyUnitError => National.LikelyUnitError || Departments.Any(row => row.LikelyUnitError);

    public static RegionalDimension Compute(
        int year,
        IReadOnlyList<ReportEntry> categorized,
        RegionalPrevious? previous,
        IReadOnlyList<ReferenceFigure> reference)
    {
        var current = Totals(categorized);
        var previousYear = previous?.Wave.PeriodYear;
        ReferenceFigure? Figure(string code, int? atYear) => reference.FirstOrDefault(item => item.DepartmentCode == code && item.Year == atYear);

        RegionalRow Row(string name, string code, (long Employment, long Firms)? now, (long? Employment, long? Firms)? then)
        {
            var figure = Figure(code, year);
            var earlierFigure = Figure(code, previousYear);
            return new RegionalRow(
                name,
                new RegionalShare(now?.Employment ?? 0, figure?.OccupiedPopulation),
                new RegionalShare(now?.Firms ?? 0, figure?.RegisteredFirms),
                then?.Employment is { } employment ? new RegionalShare(employment, earlierFigure?.OccupiedPopulation) : null,
                then?.Firms is { } firms ? new RegionalShare(firms, earlierFigure?.RegisteredFirms) : null,
                now is not null);
        }

        var departments = current.Keys
            .Union(previous?.Departments.Keys ?? [])
            .Select(Department.FromCode)
            .OrderBy(department => department.Name, StringComparer.Create(EsCo.Culture, false))
            .Select(department => Row(
                department.Name,
                department.Code,
                current.TryGetValue(department.Code, out var now) ? now : null,
                previous is not null && previous.Departments.TryGetValue(department.Code, out var old) ? old : null))
            .ToList();
        var national = Row(
            ReferenceFigure.NationalName,
            ReferenceFigure.NationalCode,
            (current.Values.Sum(item => item.Employment), current.Values.Sum(item => item.Firms)),
            previous?.Total);
        return new RegionalDimension(
            departments,
            national,
            previous?.Wave,
            reference.Any(figure => figure.Year == year),
            Figure(ReferenceFigure.NationalCode, year) is not null);
    }

    /// <summary>
    /// What Dimension 3 would flag with these reference rows: for each department or national row, a
    /// share of the initiatives' jobs or firms above 100 % among the categorized initiatives of the
    /// waves analysing that year, named in Spanish so the person loading it can check the unit.
    /// Nothing is refused: a real figure may be above the reference while the report flags it.
    /// </summary>
    public static IReadOnlyList<string> UnitErrorWarnings(IReadOnlyList<ReferenceRow> rows, IReadOnlyList<(int Year, IReadOnlyList<ReportEntry> Categorized)> waves)
    {
        var warnings = new List<string>();
        foreach (var row in rows)
        {
            var totals = Totals([.. waves.Where(wave => wave.Year == row.Year).SelectMany(wave => wave.Categorized)]);
            var national = row.DepartmentCode == ReferenceFigure.NationalCode;
            if (!national && !totals.ContainsKey(row.DepartmentCode))
            {
                continue;
            }

            var (employment, firms) = national ? (totals.Values.Sum(item => item.Employment), totals.Values.Sum(item => item.Firms)) : totals[row.DepartmentCode];
            var place = national ? ReferenceFigure.NationalName : Department.FromCode(row.DepartmentCode).Name;
            foreach (var (what, initiatives, reference, of) in new[] { ("el empleo", employment, row.OccupiedPopulation, "la población ocupada"), ("las empresas", firms, row.RegisteredFirms, "las empresas registradas") })
            {
                if (new RegionalShare(initiatives, reference) is { LikelyUnitError: true, Share: { } share })
                {
                    warnings.Add($"{place}, {row.Year}: {what} de las iniciativas ({EsCo.Count(initiatives)}) es el {EsCo.Percent(decimal.Round(share.Percent!.Value, 1, MidpointRounding.AwayFromZero))} de {of} cargada ({EsCo.Count(reference!.Value)}). El informe mostrará «{RegionalShare.UnitErrorText}»: revise si la cifra está en otra unidad (por ejemplo, en miles).");
                }
            }
        }

        return warnings;
    }

    internal static Dictionary<string, (long Employment, long Firms)> Totals(IReadOnlyList<ReportEntry> categorized) =>
        categorized
            .GroupBy(entry => entry.Initiative.DepartmentCode)
            .ToDictionary(
                group => group.Key,
                group => (
                    AnswerTotals.SumCount(group.Select(entry => entry.Submission.Answers), a => a.Employment),
                    group.Sum(entry => (long)(Methodology.DerivedMeasures.ParticipatingFirms(entry.Submission.Answers) ?? 0))));
}
