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

/// <summary>One department (or the nation) in the wave and, when there is one, in the previous wave.</summary>
public sealed record RegionalRow(string Name, RegionalShare Employment, RegionalShare Firms, RegionalShare? PreviousEmployment, RegionalShare? PreviousFirms)
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
        (Wave Wave, IReadOnlyList<ReportEntry> Categorized)? previous,
        IReadOnlyList<ReferenceFigure> reference)
    {
        var current = Totals(categorized);
        var before = previous is { } earlier ? Totals(earlier.Categorized) : null;
        var previousYear = previous?.Wave.PeriodYear;
        ReferenceFigure? Figure(string code, int? atYear) => reference.FirstOrDefault(item => item.DepartmentCode == code && item.Year == atYear);

        RegionalRow Row(string name, string code, (long Employment, long Firms) now, (long Employment, long Firms)? then)
        {
            var figure = Figure(code, year);
            var earlierFigure = Figure(code, previousYear);
            return new RegionalRow(
                name,
                new RegionalShare(now.Employment, figure?.OccupiedPopulation),
                new RegionalShare(now.Firms, figure?.RegisteredFirms),
                then is { } old ? new RegionalShare(old.Employment, earlierFigure?.OccupiedPopulation) : null,
                then is { } oldFirms ? new RegionalShare(oldFirms.Firms, earlierFigure?.RegisteredFirms) : null);
        }

        var departments = current.Keys
            .Select(Department.FromCode)
            .OrderBy(department => department.Name, StringComparer.Create(EsCo.Culture, false))
            .Select(department => Row(
                department.Name,
                department.Code,
                current[department.Code],
                before is not null && before.TryGetValue(department.Code, out var old) ? old : null))
            .ToList();
        var national = Row(
            ReferenceFigure.NationalName,
            ReferenceFigure.NationalCode,
            (current.Values.Sum(item => item.Employment), current.Values.Sum(item => item.Firms)),
            before is null ? null : (before.Values.Sum(item => item.Employment), before.Values.Sum(item => item.Firms)));
        return new RegionalDimension(
            departments,
            national,
            previous?.Wave,
            reference.Any(figure => figure.Year == year),
            Figure(ReferenceFigure.NationalCode, year) is not null);
    }

    private static Dictionary<string, (long Employment, long Firms)> Totals(IReadOnlyList<ReportEntry> categorized) =>
        categorized
            .GroupBy(entry => entry.Initiative.DepartmentCode)
            .ToDictionary(
                group => group.Key,
                group => (
                    AnswerTotals.SumCount(group.Select(entry => entry.Submission.Answers), a => a.Employment),
                    group.Sum(entry => (long)(Methodology.DerivedMeasures.ParticipatingFirms(entry.Submission.Answers) ?? 0))));
}
