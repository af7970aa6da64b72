namespace Ssme.Infrastructure.Pdf;

public enum ColumnAlign
{
    Left,
    Right,
    Center,
}
