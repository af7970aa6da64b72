namespace Ssme.Infrastructure.Pdf;

public sealed record PdfColumn(string Header, float RelativeWidth, ColumnAlign Align = ColumnAlign.Left);
