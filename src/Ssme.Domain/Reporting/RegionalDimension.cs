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

    internal static Dictionary<string, (long Employment, long Firms)> Totals(IReadOnlyList<ReportEntry> categorized) =>
        categorized
            .GroupBy(entry => entry.Initiative.DepartmentCode)
            .ToDictionary(
                group => group.Key,
                group => (
                    AnswerTotals.SumCount(group.Select(entry => entry.Submission.Answers), a => a.Employment),
                    group.Sum(entry => (long)(Methodology.DerivedMeasures.ParticipatingFirms(entry.Submission.Answers) ?? 0))));
}
