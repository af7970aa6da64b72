using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Reporting;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>The initiative's ficha: its level per variable and area with the reason, beside the wave's distribution.</summary>
public static class FichaDocument
{
    public static void Write(InitiativeReport ficha, DateTimeOffset generatedAt, Stream output, CancellationToken cancellationToken)
    {
        var wave = ficha.Wave;
        var result = ficha.Result;
        using var pdf = new PdfComposer(new PdfDocumentInfo($"Ficha SSME · {ficha.Initiative.Name}", "Red Cluster Colombia", $"Ficha de la iniciativa · {wave.Name}"));
        pdf.Heading($"Ficha de la iniciativa: {ficha.Initiative.Name}");
        pdf.Paragraph($"{ficha.Initiative.Department.Name} · {wave.Name} · año analizado {wave.PeriodYear} · estado: {Domain.Submissions.SubmissionStatusText.ToSpanish(ficha.Submission.Status)}.");
        pdf.Paragraph($"Nivel general: {LevelText.Label(result.Overall)}{(result.Overall is { } overall ? $" ({overall.Name()})" : string.Empty)}.", new TextStyle(13, Bold: true));
        if (!ficha.Submission.IsCategorized)
        {
            pdf.Note("Este cuestionario no hace parte de la categorización de la ola (no está enviado o aceptado con información del periodo): los niveles son indicativos.");
        }

        var areas = new PdfTable([new("Área temática", 6), new("Nivel", 2), new("Variables con dato", 2, ColumnAlign.Right)]);
        foreach (var area in result.Areas)
        {
            areas.AddRow(area.Area.Title, LevelText.Label(area.Level), EsCo.Count(area.VariablesWithLevel));
        }

        pdf.Heading("Nivel por área temática", 2);
        pdf.Table(areas);

        pdf.Heading("Nivel por variable y distribución nacional de la ola", 2);
        pdf.Note($"Distribución nacional: porcentaje de las {EsCo.Count(ficha.WaveFigures.Categorized)} iniciativas categorizadas de la {wave.Name} en cada nivel (n = iniciativas con dato en la variable).");
        var variables = new PdfTable([new("Variable", 3), new("Nivel", 2), new("Razón", 6), new("Ola: N1 / N2 / N3 (n)", 3, ColumnAlign.Right)]);
        foreach (var area in result.Methodology.Areas)
        {
            variables.AddGroupRow(area.Title);
            foreach (var variable in result.Variables.Where(item => item.Variable.Area.Number == area.Number))
            {
                var counts = ficha.WaveFigures.Variable(variable.Variable.Code).Counts;
                var cells = ReportTables.LevelCells(counts);
                variables.AddRow(variable.Variable.Name, LevelText.Label(variable.Level), variable.Explanation, $"{cells[0]} / {cells[1]} / {cells[2]} ({cells[3]})");
            }
        }

        pdf.Table(variables);
        pdf.Note($"Generado el {EsCo.DateTime(generatedAt)} (hora de Colombia) con la metodología {result.Methodology.Version}.");
        pdf.Render(output, cancellationToken);
    }
}
