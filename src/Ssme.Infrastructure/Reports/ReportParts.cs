using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>How the report writes numbers and dates: Colombian style, as the pages do.</summary>
internal static class ReportText
{
    public static string Percent(Share share) => share.Text;

    /// <summary>Means and ratios print as whole percentages, like every share but the national ones.</summary>
    public static string Percent(Fraction fraction) => fraction.WholeText;

    /// <summary>National participation keeps one decimal ("0,8 %"), as the seed prints it.</summary>
    public static string NationalPercent(Fraction fraction) => fraction.OneDecimalText;

    /// <summary>What the seed prints where a wave has no figure.</summary>
    public const string Missing = "Sin registro";

    public static string CountOrMissing(int? count) => count is { } value ? EsCo.Count(value) : Missing;

    public static string Date(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", EsCo.Culture);
}

internal static class ReportTables
{
    public static PdfTable Shares(IReadOnlyList<Share> shares, string label, string countHeader)
    {
        var table = new PdfTable([new(label, 6), new(countHeader, 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        foreach (var share in shares)
        {
            table.AddRow(share.Label, EsCo.Count(share.Count), ReportText.Percent(share));
        }

        return table;
    }

    public static void AddGroup(PdfTable table, string title, IReadOnlyList<Share> shares)
    {
        table.AddGroupRow(title);
        foreach (var share in shares)
        {
            table.AddRow(share.Label, EsCo.Count(share.Count), ReportText.Percent(share));
        }
    }

    public static string[] LevelCells(LevelCounts counts) =>
        [.. LevelText.All.Select(level => PercentText.Whole(counts.Count(level), counts.N)), EsCo.Count(counts.N)];
}

/// <summary>The methodology annex, generated from the definition the wave pins, so it cannot disagree with the rules.</summary>
internal static class MethodologyAnnex
{
    public static void Write(PdfComposer pdf, MethodologyDefinition methodology)
    {
        pdf.Heading("Anexo: valores de las variables de categorización");
        pdf.Paragraph($"Metodología {methodology.Version}: {methodology.Title}. Fuente: {methodology.Source}.");
        var table = new PdfTable([new("Variable", 3), new("Nivel 1: Básico", 4), new("Nivel 2: En consolidación", 4), new("Nivel 3: Consolidada", 4)]);
        foreach (var area in methodology.Areas)
        {
            table.AddGroupRow(area.Title);
            foreach (var variable in methodology.VariablesOf(area))
            {
                table.AddRow([variable.Name, .. LevelText.All.Select(level => Rule(variable, level))]);
            }
        }

        pdf.Table(table);
    }

    private static string Rule(VariableDefinition variable, Level level)
    {
        var rule = variable.RuleText(level);
        return variable.LevelTexts.TryGetValue(level, out var text) && !string.Equals(text, rule, StringComparison.Ordinal) ? $"{rule}. {text}" : rule;
    }
}
