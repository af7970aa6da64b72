namespace Ssme.Domain.Exchange;

/// <summary>A problem of an import file: the row (as a spreadsheet numbers it, header = 1) and the column.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Fila {Row}: {Message}" : $"Fila {Row}, columna {Column}: {Message}";
}
