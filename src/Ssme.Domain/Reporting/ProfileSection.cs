using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

/// <summary>Categorized initiatives of a department in each wave of the series; null where the department has none.</summary>
public sealed record DepartmentRow(Department Department, IReadOnlyList<int?> PerWave);

/// <summary>The share of a macrosector among each wave's categorized initiatives that name a macrosector.</summary>
public sealed record MacrosectorRow(string Label, IReadOnlyList<Share> PerWave);

/// <summary>
/// Section 2: who manages the wave's initiatives, and where and in which macrosector the initiatives
/// of every wave are. The per-wave columns follow <see cref="ParticipationSection.Waves"/>.
/// </summary>
public sealed record ProfileSection(IReadOnlyList<Share> ManagingEntityTypes, IReadOnlyList<DepartmentRow> Departments, IReadOnlyList<MacrosectorRow> Macrosectors)
{
    public static ProfileSection Compute(IReadOnlyList<Answers> answers, IReadOnlyList<WaveSummary> waves) => new(
        AnswerTotals.ChoiceShares(answers, FieldCodes.ManagingEntityType),
        DepartmentRows(waves),
        MacrosectorRows(waves));

    private static List<DepartmentRow> DepartmentRows(IReadOnlyList<WaveSummary> waves) =>
        waves.SelectMany(summary => summary.CategorizedPerDepartment.Keys).Distinct()
            .Select(Department.FromCode)
            .OrderBy(department => department.Name, StringComparer.Create(EsCo.Culture, false))
            .Select(department => new DepartmentRow(department, waves.Select(summary => summary.CategorizedPerDepartment.TryGetValue(department.Code, out var count) ? count : (int?)null).ToList()))
            .ToList();

    /// <summary>A published percentage is kept as a share of 10.000 so it prints and rounds like a counted one; a missing one has no denominator.</summary>
    private static Share Cell(WaveSummary summary, Macrosector macrosector, string label) => summary.PublishedMacrosectorPercent is { } published
        ? published.TryGetValue(macrosector, out var percent) ? new Share(label, (long)decimal.Round(percent * 100m), 10_000) : new Share(label, 0, 0)
        : new Share(label, summary.CategorizedPerMacrosector.GetValueOrDefault(macrosector), summary.CategorizedPerMacrosector.Values.Sum());

    private static List<MacrosectorRow> MacrosectorRows(IReadOnlyList<WaveSummary> waves)
    {
        var options = QuestionnaireFields.Get(FieldCodes.Macrosector).Options;
        return ChoiceCode.Values<Macrosector>()
            .Select(macrosector =>
            {
                var label = options.First(option => option.Code == ChoiceCode.ToCode(macrosector)).Label;
                return new MacrosectorRow(label, waves.Select(summary => Cell(summary, macrosector, label)).ToList());
            })
            .ToList();
    }
}
