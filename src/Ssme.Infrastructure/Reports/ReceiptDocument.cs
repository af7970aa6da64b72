using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>What the manager's receipt ("comprobante") states: which questionnaire was sent, when, under which number, with every answer.</summary>
public sealed record Receipt(string Number, string InitiativeName, string InitiativeCode, string WaveName, DateTimeOffset SentAt, Answers Answers);

/// <summary>The comprobante: a PDF copy of the answers as sent, e-mailed after sending and downloadable from the questionnaire.</summary>
public static class ReceiptDocument
{
    public static byte[] Render(Receipt receipt, CancellationToken cancellationToken)
    {
        using var pdf = new PdfComposer(new PdfDocumentInfo($"Comprobante {receipt.Number}", "Red Cluster Colombia", $"Comprobante de envío · {receipt.WaveName}"));
        pdf.Heading($"Comprobante de envío {receipt.Number}");
        pdf.Paragraph($"{receipt.InitiativeName} ({receipt.InitiativeCode}) · {receipt.WaveName}.");
        pdf.Paragraph($"Enviado a Confecámaras el {EsCo.DateTime(receipt.SentAt)} (hora de Colombia).");
        foreach (var section in QuestionnaireRules.QuestionSections)
        {
            pdf.Heading(section.Title(), level: 2);
            var table = new PdfTable([new PdfColumn("Pregunta", 3), new PdfColumn("Respuesta", 2)]);
            foreach (var field in QuestionnaireFields.In(section))
            {
                table.AddRow(field.Label, field.ToDisplay(receipt.Answers) ?? "Sin respuesta");
            }

            pdf.Table(table);
        }

        pdf.Note("Este comprobante copia las respuestas tal como se enviaron. Si Confecámaras devuelve el cuestionario para corrección, el nuevo envío tendrá un comprobante nuevo, con el mismo número y la fecha de ese envío.");
        using var output = new MemoryStream();
        pdf.Render(output, cancellationToken);
        return output.ToArray();
    }
}
