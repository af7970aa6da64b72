namespace Ssme.Infrastructure.Pdf;

public sealed record PdfDocumentInfo(string Title, string Author, string HeaderText);
