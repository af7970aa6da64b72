using Ssme.Domain.Exchange;
using Ssme.Infrastructure.Exchange;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// An uploaded CSV/XLSX read within the upload limits and checked row by row by a domain rule:
/// either every row is good, or the Spanish problems named by row and column (all rows or none).
/// </summary>
public static class CheckedUpload
{
    public delegate (IReadOnlyList<TRow> Rows, IReadOnlyList<ImportProblem> Problems) RowCheck<TRow>(
        IReadOnlyList<string> headers, IEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> rows);

    public static async Task<Result<IReadOnlyList<TRow>>> ReadAsync<TRow>(Stream input, ExchangeFormat format, RowCheck<TRow> check, CancellationToken cancellationToken)
    {
        var table = await ReadTableAsync(input, format, cancellationToken);
        if (!table.Succeeded)
        {
            return Result.Failure<IReadOnlyList<TRow>>(table.Errors);
        }

        var (rows, problems) = check(table.Value.Headers, table.Value.Rows);
        return problems.Count > 0
            ? Result.Failure<IReadOnlyList<TRow>>(problems.Select(ResultError.FromImport))
            : Result.Ok(rows);
    }

    /// <summary>The file's table, or why it cannot be read (size, encoding, format) as one Spanish problem.</summary>
    public static async Task<Result<ExchangeTable>> ReadTableAsync(Stream input, ExchangeFormat format, CancellationToken cancellationToken)
    {
        try
        {
            return Result.Ok(await ExchangeFiles.ReadAsync(input, format, cancellationToken));
        }
        catch (ExchangeFileException exception)
        {
            return Result.Failure<ExchangeTable>([ResultError.FromImport(exception.Problem)]);
        }
    }
}
