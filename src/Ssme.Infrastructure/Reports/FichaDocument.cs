using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>
/// The initiative's ficha as a benchmarking report (SPEC §14): where it stands, how far each next
/// level is and what to do, how peers and the nation compare, and what changed since its previous wave.
/// </summary>
public static class FichaDocument
{
    public static void Write(InitiativeReport ficha, DateTimeOffset generatedAt, Stream output, CancellationToken cancellationToken)
    {
        var wave = ficha.Wave;
        var result = ficha.Result;
        using var pdf = new PdfComposer(new PdfDocumentInfo($"Ficha SSME · {ficha.Initiative.Name}", "Red Cluster Colombia", $"Ficha de la iniciativa · {wave.Name}"));
        pdf.Heading($"Ficha de la iniciativa: {ficha.Initiative.Name}");
        pdf.Paragraph($"{ficha.Initiative.Department.Name} · {wave.Name} · año analizado {wave.PeriodYear} · estado: {Domain.Submissions.SubmissionStatusText.ToSpanish(ficha.Submission.Status)}.");
        pdf.Paragraph($"Nivel general: {LevelText.Label(result.Overall)}{(result.Overall is { } overall ? $" ({overall.Name()})" : string.Empty)} · media de las áreas {Mean(result.OverallMean)}.", new TextStyle(13, Bold: true));
        if (!ficha.Submission.IsCategorized)
        {
            pdf.Note("Este cuestionario no hace parte de la categorización de la ola (no está enviado o aceptado con información del periodo): los niveles son indicativos.");
        }

        WriteAreas(pdf, ficha);
        WriteVariables(pdf, ficha);
        WriteNextLevels(pdf, ficha);
        WritePeers(pdf, ficha);
        WritePrevious(pdf, ficha);
        pdf.Note($"Generado el {EsCo.DateTime(generatedAt)} (hora de Colombia) con la metodología {result.Methodology.Version}.");
        pdf.Render(output, cancellationToken);
    }

    /// <summary>"2,33": the area means always with two decimals, so a 2,40 is told from a 1,60.</summary>
    public static string Mean(decimal? mean) => mean is { } value ? value.ToString("0.00", EsCo.Culture) : LevelText.NoData;

    /// <summary>"+1", "−0,33", "0"; a dash when either wave has no level.</summary>
    public static string Change(decimal? change, string format) => change switch
    {
        null => "—",
        > 0 => "+" + change.Value.ToString(format, EsCo.Culture),
        < 0 => "−" + (-change.Value).ToString(format, EsCo.Culture),
        _ => 0m.ToString(format, EsCo.Culture),
    };

    private static void WriteAreas(PdfComposer pdf, InitiativeReport ficha)
    {
        var result = ficha.Result;
        var areas = new PdfTable([new("Área temática", 6), new("Media", 2, ColumnAlign.Right), new("Nivel", 2), new("Media nacional", 2, ColumnAlign.Right)]);
        for (var i = 0; i < result.Areas.Count; i++)
        {
            var area = result.Areas[i];
            areas.AddRow(area.Area.Title, Mean(area.Mean), LevelText.Label(area.Level), Mean(ficha.NationalAreaMeans[i]));
        }

        pdf.Heading("Nivel por área temática", 2);
        pdf.Note("Media: promedio de los niveles de las variables del área con dato; el nivel del área es esa media redondeada. Media nacional: promedio de las medias del área en las iniciativas categorizadas de la ola.");
        pdf.Table(areas);
        pdf.Chart(plot => ReportCharts.AreaMeans(
            plot,
            [.. result.Areas.Select((area, i) => ($"Área {area.Area.Number}", (double?)area.Mean, (double?)ficha.NationalAreaMeans[i]))],
            ficha.Initiative.Name),
            240);
    }

    private static void WriteVariables(PdfComposer pdf, InitiativeReport ficha)
    {
        var result = ficha.Result;
        pdf.Heading("Nivel por variable y distribución nacional de la ola", 2);
        pdf.Note($"Distribución nacional: porcentaje de las {EsCo.Count(ficha.WaveFigures.Categorized)} iniciativas categorizadas de la {ficha.Wave.Name} en cada nivel (n = iniciativas con dato en la variable).");
        var variables = new PdfTable([new("Variable", 3), new("Nivel", 2), new("Razón", 6), new("Ola: N1 / N2 / N3 (n)", 3, ColumnAlign.Right)]);
        foreach (var area in result.Methodology.Areas)
        {
            variables.AddGroupRow(area.Title);
            foreach (var variable in result.Variables.Where(item => item.Variable.Area.Number == area.Number))
            {
                var cells = ReportTables.LevelCells(ficha.WaveFigures.Variable(variable.Variable.Code).Counts);
                variables.AddRow(variable.Variable.Name, LevelText.Label(variable.Level), variable.Explanation, $"{cells[0]} / {cells[1]} / {cells[2]} ({cells[3]})");
            }
        }

        pdf.Table(variables);
    }

    private static void WriteNextLevels(PdfComposer pdf, InitiativeReport ficha)
    {
        pdf.Heading("Qué falta para el siguiente nivel y qué se recomienda", 2);
        var below = ficha.BelowConsolidated.ToList();
        if (below.Count == 0)
        {
            pdf.Paragraph("Todas las variables con dato están en Nivel 3: Consolidada.");
            return;
        }

        foreach (var variable in below)
        {
            pdf.Paragraph($"{variable.Variable.Name} ({LevelText.Label(variable.Level)})", new TextStyle(Bold: true));
            pdf.Paragraph(variable.DistanceToNextLevel is { } distance ? $"{distance.Text}." : LevelText.NoData);
            pdf.Paragraph($"Recomendación: {variable.Variable.Recommendation(variable.Level!.Value)}", new TextStyle(Italic: true));
        }
    }

    private static void WritePeers(PdfComposer pdf, InitiativeReport ficha)
    {
        pdf.Heading("Comparación con grupos de pares", 2);
        pdf.Note($"Iniciativas categorizadas de la {ficha.Wave.Name} con el mismo departamento, macrosector o tipo de entidad gestora. Un grupo con menos de {PeerGroup.MinimumSize} iniciativas no se muestra, para no exponer a ninguna.");
        var groups = new PdfTable([new("Grupo de pares", 6), new("Iniciativas", 2, ColumnAlign.Right), new("Nivel general: N1 / N2 / N3", 4, ColumnAlign.Right)]);
        groups.AddRow("Nacional", EsCo.Count(ficha.WaveFigures.Categorized), Distribution(ficha.WaveFigures.Overall));
        foreach (var group in ficha.Peers)
        {
            groups.AddRow($"{group.Kind}: {group.Name}", EsCo.Count(group.Categorized), group.Figures is { } figures ? Distribution(figures.Overall) : PeerGroup.TooSmall);
        }

        pdf.Table(groups);
        var shown = ficha.Peers.Where(group => group.Figures is not null).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        var columns = new List<PdfColumn> { new("Variable (N1 / N2 / N3)", 4), new("Nacional", 3, ColumnAlign.Right) };
        columns.AddRange(shown.Select(group => new PdfColumn(group.Name, 3, ColumnAlign.Right)));
        var variables = new PdfTable(columns);
        foreach (var variable in ficha.Result.Methodology.Variables)
        {
            variables.AddRow([variable.Name, Distribution(ficha.WaveFigures.Variable(variable.Code).Counts), .. shown.Select(group => Distribution(group.Figures!.Variable(variable.Code).Counts))]);
        }

        pdf.Table(variables);
    }

    private static void WritePrevious(PdfComposer pdf, InitiativeReport ficha)
    {
        if (ficha.Previous is not { } previous)
        {
            pdf.Heading("Cambios desde la ola anterior", 2);
            pdf.Paragraph("La iniciativa no fue categorizada en una ola anterior.");
            return;
        }

        pdf.Heading($"Cambios desde la {previous.Wave.Name}", 2);
        var table = new PdfTable([new("Variable o área", 6), new(previous.Wave.Name, 3), new(ficha.Wave.Name, 3), new("Cambio", 2, ColumnAlign.Right)]);
        AddLevelRow(table, previous.Overall);
        table.AddGroupRow("Áreas temáticas (media)");
        foreach (var area in previous.Areas)
        {
            table.AddRow(area.Label, $"{Mean(area.PreviousMean)} ({LevelText.Label(area.PreviousLevel)})", $"{Mean(area.CurrentMean)} ({LevelText.Label(area.CurrentLevel)})", Change(area.MeanChange, "0.00"));
        }

        table.AddGroupRow("Variables");
        foreach (var variable in previous.Variables)
        {
            AddLevelRow(table, variable);
        }

        pdf.Table(table);
    }

    private static void AddLevelRow(PdfTable table, LevelComparison comparison) =>
        table.AddRow(comparison.Label, LevelText.Label(comparison.PreviousLevel), LevelText.Label(comparison.CurrentLevel), Change(comparison.LevelChange, "0"));

    private static string Distribution(LevelCounts counts)
    {
        var cells = ReportTables.LevelCells(counts);
        return $"{cells[0]} / {cells[1]} / {cells[2]}";
    }
}
