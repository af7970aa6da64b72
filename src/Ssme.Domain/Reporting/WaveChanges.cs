using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>The figures of a wave that the report compares with the previous wave: its level distribution and main indicators.</summary>
public sealed record WaveSnapshot(WaveFigures Figures, ManagementDimension Management, PerformanceDimension Performance)
{
    public static WaveSnapshot Compute(IReadOnlyList<ReportEntry> entries, MethodologyDefinition methodology)
    {
        var results = entries.Select(entry => (entry.Submission.Status, Result: entry.Submission.IsCategorized ? Categorizer.Categorize(entry.Submission.Answers, methodology) : null)).ToList();
        var answers = entries.Where(entry => entry.Submission.IsCategorized).Select(entry => entry.Submission.Answers).ToList();
        var performance = PerformanceDimension.Compute(answers);
        return new WaveSnapshot(WaveFigures.Compute(results, methodology), ManagementDimension.Compute(answers, methodology, performance.Firms.Active), performance);
    }
}

/// <summary>A variable's level shares in the previous wave and the change, in percentage points, to this wave's.</summary>
public sealed record VariableChange(VariableDefinition Variable, LevelCounts Previous, LevelCounts Current)
{
    public IReadOnlyList<string> PreviousTexts => [.. LevelText.All.Select(level => PercentText.Whole(Previous.Count(level), Previous.N))];

    public IReadOnlyList<string> ChangeTexts => [.. LevelText.All.Select(level => WaveChanges.Signed(Current.PercentOf(level) - Previous.PercentOf(level), string.Empty))];
}

/// <summary>One main indicator as printed in the previous wave and in this one, and the change ("+75 p. p.", "−2").</summary>
public sealed record IndicatorChange(string Label, string Previous, string Current, string Change);

/// <summary>
/// Wave-over-wave: for the categorization table and the main indicators, the previous wave's figure
/// and the change. Changes of shares are differences of the printed integer percentages, in
/// percentage points, so the three numbers on a line always agree.
/// </summary>
public sealed record WaveChanges(Wave Previous, IReadOnlyList<VariableChange> Variables, IReadOnlyList<IndicatorChange> Indicators)
{
    public static WaveChanges Compute(Wave previous, WaveSnapshot before, WaveSnapshot now)
    {
        var variables = now.Figures.Variables
            .Select(current => (current, earlier: before.Figures.Variables.FirstOrDefault(item => item.Variable.Code == current.Variable.Code)))
            .Where(pair => pair.earlier is not null)
            .Select(pair => new VariableChange(pair.current.Variable, pair.earlier!.Counts, pair.current.Counts))
            .ToList();
        return new WaveChanges(previous, variables, [.. MainIndicators(before, now)]);
    }

    internal static string Signed(int? change, string unit) => change switch
    {
        null => PercentText.NoData,
        0 => "0" + unit,
        > 0 => $"+{EsCo.Count(change.Value)}{unit}",
        _ => $"−{EsCo.Count(-change.Value)}{unit}",
    };

    private static IEnumerable<IndicatorChange> MainIndicators(WaveSnapshot before, WaveSnapshot now)
    {
        IndicatorChange Count(string label, Func<WaveSnapshot, long> value) =>
            new(label, EsCo.Count(value(before)), EsCo.Count(value(now)), Signed(checked((int)(value(now) - value(before))), string.Empty));

        IndicatorChange Percent(string label, Func<WaveSnapshot, Share> share) =>
            new(label, share(before).Text, share(now).Text, Signed(share(now).Percent - share(before).Percent, " p. p."));

        int? Whole(Fraction fraction) => fraction.Percent is { } value ? (int)decimal.Round(value, 0, MidpointRounding.AwayFromZero) : null;

        yield return Count("Iniciativas categorizadas", snapshot => snapshot.Figures.Categorized);
        yield return Count("Empresas participantes", snapshot => snapshot.Performance.Firms.Participating);
        yield return Percent("Empresas activas", snapshot => snapshot.Performance.Firms.Active);
        yield return Percent("Empresas impactadas", snapshot => snapshot.Performance.Firms.Impacted);
        yield return Count("Empleos en las empresas participantes", snapshot => snapshot.Performance.Firms.Employment);
        yield return Count("Iniciativas que impactan a sus empresas", snapshot => snapshot.Performance.Impacts.InitiativesImpactingFirms);
        yield return Percent("Iniciativas con al menos una empresa mediana o grande", snapshot => snapshot.Performance.Sizes.WithMediumOrLargeFirm);
        yield return Percent("Órgano asesor activo", snapshot => snapshot.Management.Governance.ActiveAdvisoryBody);
        yield return Percent("Relación colaborativa entre los participantes", snapshot => snapshot.Management.Collaboration.Any);
        yield return Percent(now.Management.Funding.Sustainability.Share.Label, snapshot => snapshot.Management.Funding.Sustainability.Share);
        yield return Percent("Estructura operativa financiada por las empresas", snapshot => snapshot.Management.Funding.FirmsOperatingShare);
        yield return Percent("Proyectos financiados por las empresas", snapshot => snapshot.Management.Funding.FirmsProjectShare);
        yield return new IndicatorChange(
            "Enfoque intercluster (promedio)",
            before.Management.Focus.Intercluster.WholeText,
            now.Management.Focus.Intercluster.WholeText,
            Signed(Whole(now.Management.Focus.Intercluster) - Whole(before.Management.Focus.Intercluster), " p. p."));
    }
}
