using Ssme.Domain.Initiatives;
using Ssme.Domain.Reference;

namespace Ssme.Domain.Reporting;

public sealed record DepartmentReference(Department Department, long Employment, long? OccupiedPopulation, long Firms, long? RegisteredFirms);

/// <summary>
/// Section 5, Dimension 3 "Dinámica del cluster regional": the initiatives' jobs and firms per managing
/// department beside the national reference (DANE, RUES) of the wave's year, when it is loaded.
/// </summary>
public sealed record RegionalDimension(IReadOnlyList<DepartmentReference> Departments, bool ReferenceLoaded)
{
    public static RegionalDimension Compute(IReadOnlyList<ReportEntry> categorized, IReadOnlyList<ReferenceFigure> reference, int year) => new(
        categorized
            .GroupBy(entry => entry.Initiative.DepartmentCode)
            .Select(group =>
            {
                var figure = reference.FirstOrDefault(item => item.DepartmentCode == group.Key && item.Year == year);
                return new DepartmentReference(
                    Department.FromCode(group.Key),
                    AnswerTotals.SumCount(group.Select(entry => entry.Submission.Answers), a => a.Employment),
                    figure?.OccupiedPopulation,
                    group.Sum(entry => Methodology.DerivedMeasures.ParticipatingFirms(entry.Submission.Answers) ?? 0),
                    figure?.RegisteredFirms);
            })
            .OrderBy(item => item.Department.Name, StringComparer.Create(Common.EsCo.Culture, false))
            .ToList(),
        reference.Any(figure => figure.Year == year));
}
