namespace Ssme.Domain.History;

/// <summary>
/// One published aggregate of a wave that ran before the portal (I Ola 2016, II Ola 2018): the
/// report's cross-wave tables show it beside the waves with submissions (SPEC §12).
/// </summary>
public sealed class HistoricalFigure
{
    private HistoricalFigure()
    {
        WaveCode = string.Empty;
        WaveName = string.Empty;
        Figure = string.Empty;
        DepartmentCode = string.Empty;
    }

    public HistoricalFigure(HistoryRow row)
    {
        WaveCode = row.WaveCode;
        Figure = row.Figure;
        DepartmentCode = row.DepartmentCode;
        WaveName = string.Empty;
        Update(row);
    }

    public int Id { get; private set; }

    public string WaveCode { get; private set; }

    public string WaveName { get; private set; }

    public int PeriodYear { get; private set; }

    /// <summary>One of <see cref="HistoryRules.Figures"/>.</summary>
    public string Figure { get; private set; }

    /// <summary>A DIVIPOLA code, or <see cref="HistoryRules.TotalCode"/> for the wave's total.</summary>
    public string DepartmentCode { get; private set; }

    public decimal Value { get; private set; }

    public void Update(HistoryRow row)
    {
        WaveName = row.WaveName;
        PeriodYear = row.PeriodYear;
        Value = row.Value;
    }
}

public sealed record HistoryRow(string WaveCode, string WaveName, int PeriodYear, string Figure, string DepartmentCode, decimal Value);
