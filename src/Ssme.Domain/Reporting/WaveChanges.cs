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

/// <summary>
/// The previous wave as the report knows it: from its categorized submissions (<see cref="Snapshot"/>),
/// or, for a wave before the portal, only from the totals it published (a figure it did not publish is null).
/// </summary>
public sealed record PreviousWaveFigures(Wave Wave, WaveSnapshot? Snapshot, long? Initiatives, long? Firms, long? Employment)
{
    public static PreviousWaveFigures FromSnapshot(Wave wave, WaveSnapshot snapshot) =>
        new(wave, snapshot, snapshot.Figures.Categorized, snapshot.Performance.Firms.Participating, snapshot.Performance.Firms.Employment);
}

/// <summary>A variable's level shares in the previous wave (null when that wave was not categorized) and the change, in percentage points, to this wave's.</summary>
public sealed record VariableChange(VariableDefinition Variable, LevelCounts? Previous, LevelCounts Current)
{
    public IReadOnlyList<string> PreviousTexts => [.. LevelText.All.Select(level => Previous is { } previous ? PercentText.Whole(previous.Count(level), previous.N) : WaveChanges.Missing)];

    public IReadOnlyList<string> ChangeTexts => [.. LevelText.All.Select(level => WaveChanges.Signed(Current.PercentOf(level) - Previous?.PercentOf(level), string.Empty))];
}

/// <summary>One main indicator as printed in the previous wave and in this one, and the change ("+75 p. p.", "−2").</summary>
public sealed record IndicatorChange(string Label, string Previous, string Current, string Change);

/// <summary>
/// Wave-over-wave: for the categorization table and the main indicators, the previous wave's figure
/// and the change. Changes of shares are differences of the printed integer percentages, in
/// percentage points, so the three numbers on a line always agree. A previous wave known only by its
/// published figures compares what it published (initiatives, firms, jobs, macrosector shares);
/// everything else prints "Sin registro".
/// </summary>
public sealed record WaveChanges(Wave Previous, IReadOnlyList<VariableChange> Variables, IReadOnlyList<IndicatorChange> Indicators)
{
    /// <summary>What the seed prints where a wave has no figure.</summary>
    public const string Missing = "Sin registro";

    /// <summary>Whether the previous wave has a categorization to set beside this one's.</summary>
    public bool HasCategorization => Variables.Any(change => change.Previous is not null);

    /// <param name="macrosectors">Each macrosector's share of initiatives in the previous wave and in this one (a share without denominator was not published).</param>
    public static WaveChanges Compute(PreviousWaveFigures previous, WaveSnapshot now, IReadOnlyList<(string Label, Share Previous, Share Current)> macrosectors)
    {
        var variables = now.Figures.Variables
            .Select(current => (current, earlier: previous.Snapshot?.Figures.Variables.FirstOrDefault(item => item.Variable.Code == current.Variable.Code)))
            .Where(pair => previous.Snapshot is null || pair.earlier is not null)
            .Select(pair => new VariableChange(pair.current.Variable, pair.earlier?.Counts, pair.current.Counts))
            .ToList();
        return new WaveChanges(previous.Wave, variables, [.. MainIndicators(previous, now), .. macrosectors.Select(row => Percent($"Macrosector {row.Label} (% de iniciativas)", row.Previous.Of == 0 ? null : row.Previous, row.Current))]);
    }

    internal static string Signed(int? change, string unit) => change switch
    {
        null => PercentText.NoData,
        0 => "0" + unit,
        > 0 => $"+{EsCo.Count(change.Value)}{unit}",
        _ => $"−{EsCo.Count(-change.Value)}{unit}",
    };

    private static IndicatorChange Count(string label, long? before, long now) =>
        new(label, before is { } value ? EsCo.Count(value) : Missing, EsCo.Count(now), before is { } earlier ? Signed(checked((int)(now - earlier)), string.Empty) : PercentText.NoData);

    private static IndicatorChange Percent(string label, Share? before, Share now) =>
        new(label, before?.Text ?? Missing, now.Text, Signed(now.Percent - before?.Percent, " p. p."));

    private static IEnumerable<IndicatorChange> MainIndicators(PreviousWaveFigures previous, WaveSnapshot now)
    {
        var before = previous.Snapshot;
        int? Whole(Fraction fraction) => fraction.Percent is { } value ? (int)decimal.Round(value, 0, MidpointRounding.AwayFromZero) : null;

        yield return Count("Iniciativas categorizadas", previous.Initiatives, now.Figures.Categorized);
        yield return Count("Empresas participantes", previous.Firms, now.Performance.Firms.Participating);
        yield return Percent("Empresas activas", before?.Performance.Firms.Active, now.Performance.Firms.Active);
        yield return Percent("Empresas impactadas", before?.Performance.Firms.Impacted, now.Performance.Firms.Impacted);
        yield return Count("Empleos en las empresas participantes", previous.Employment, now.Performance.Firms.Employment);
        yield return Count("Iniciativas que impactan a sus empresas", before?.Performance.Impacts.InitiativesImpactingFirms, now.Performance.Impacts.InitiativesImpactingFirms);
        yield return Percent("Iniciativas con al menos una empresa mediana o grande", before?.Performance.Sizes.WithMediumOrLargeFirm, now.Performance.Sizes.WithMediumOrLargeFirm);
        yield return Percent("Órgano asesor activo", before?.Management.Governance.ActiveAdvisoryBody, now.Management.Governance.ActiveAdvisoryBody);
        yield return Percent("Relación colaborativa entre los participantes", before?.Management.Collaboration.Any, now.Management.Collaboration.Any);
        yield return Percent(now.Management.Funding.Sustainability.Share.Label, before?.Management.Funding.Sustainability.Share, now.Management.Funding.Sustainability.Share);
        yield return Percent("Estructura operativa financiada por las empresas", before?.Management.Funding.FirmsOperatingShare, now.Management.Funding.FirmsOperatingShare);
        yield return Percent("Proyectos financiados por las empresas", before?.Management.Funding.FirmsProjectShare, now.Management.Funding.FirmsProjectShare);
        var intercluster = now.Management.Focus.Intercluster;
        yield return new IndicatorChange(
            "Enfoque intercluster (promedio)",
            before?.Management.Focus.Intercluster.WholeText ?? Missing,
            intercluster.WholeText,
            Signed(Whole(intercluster) - (before is null ? null : Whole(before.Management.Focus.Intercluster)), " p. p."));
    }
}
