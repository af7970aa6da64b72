namespace Ssme.Infrastructure.Pdf;

/// <summary>A table's columns and rows; group rows span the table in bold (an area over its variables).</summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    internal IReadOnlyList<PdfColumn> Columns { get; } = columns;

    internal List<(string[] Cells, bool Group)> Rows { get; } = [];

    public void AddRow(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"The table has {Columns.Count} columns; the row has {cells.Length} cells.", nameof(cells));
        }

        Rows.Add((cells, false));
    }

    public void AddGroupRow(string text) => Rows.Add(([text], true));
}
