using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Ssme.Domain.Common;

namespace Ssme.Infrastructure.Exchange;

public enum ExchangeFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file's header and rows as machine text; rows are numbered as a spreadsheet shows them (header = 1).</summary>
public sealed record ExchangeTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Row, IReadOnlyDictionary<string, string?> Values)> Rows);

/// <summary>
/// Reads and writes the wave files of SPEC §6: CSV (comma, UTF-8 with BOM, RFC 4180 quoting, through
/// CsvHelper) and XLSX (first sheet, numbers as numeric cells, through MiniExcel).
/// </summary>
public static class ExchangeFiles
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ",",
        HasHeaderRecord = true,
        DetectDelimiter = false,
        TrimOptions = TrimOptions.None,
        BadDataFound = null,
        MissingFieldFound = null,
    };

    public static ExchangeFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => ExchangeFormat.Csv,
        ".XLSX" => ExchangeFormat.Xlsx,
        _ => null,
    };

    /// <summary>
    /// What every upload is held to before it is read: not empty, within <see cref="MaxUploadBytes"/>,
    /// and a .csv or a real .xlsx (a ZIP package). Returns a Spanish problem naming the field, or null.
    /// </summary>
    public static string? CheckUpload(string fileName, long length, ReadOnlySpan<byte> start, out ExchangeFormat format)
    {
        format = default;
        if (length == 0)
        {
            return "Archivo: elija un archivo .csv o .xlsx con datos.";
        }

        if (length > MaxUploadBytes)
        {
            return $"Archivo: supera el máximo de {MaxUploadBytes / (1024 * 1024)} MB.";
        }

        if (FormatOf(fileName) is not { } known)
        {
            return "Archivo: debe ser .csv (separado por comas, UTF-8) o .xlsx.";
        }

        format = known;
        return known == ExchangeFormat.Xlsx && !start.StartsWith("PK\u0003\u0004"u8)
            ? "Archivo: tiene extensión .xlsx pero no es un libro de Excel."
            : null;
    }

    public static string ContentType(ExchangeFormat format) => format == ExchangeFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes the rows; in XLSX, the columns <paramref name="isNumeric"/> picks hold numbers as numeric
    /// cells. The stream is left open.
    /// </summary>
    public static async Task WriteAsync(Stream output, ExchangeFormat format, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, Func<string, bool> isNumeric, CancellationToken cancellationToken)
    {
        if (format == ExchangeFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await using var csv = new CsvWriter(writer, Csv);
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? string.Empty);
                }

                await csv.NextRecordAsync();
            }

            return;
        }

        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                record[headers[i]] = row[i] is { } text && isNumeric(headers[i])
                    ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)
                    : row[i];
            }

            return record;
        });
        await output.SaveAsAsync(sheet, printHeader: true, sheetName: "Ola", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    /// <summary>Reads the file; an unreadable file is reported in Spanish, never as a crash.</summary>
    public static async Task<ExchangeTable> ReadAsync(Stream input, ExchangeFormat format, CancellationToken cancellationToken)
    {
        try
        {
            if (format == ExchangeFormat.Csv)
            {
                return await ReadCsvAsync(input, cancellationToken);
            }

            if (input.CanSeek)
            {
                return ReadXlsx(input);
            }

            // The XLSX reader needs to seek (the header, then the rows); uploads may not allow it.
            using var buffer = new MemoryStream();
            await input.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return ReadXlsx(buffer);
        }
        catch (Exception exception) when (exception is CsvHelperException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            throw new DomainException(format == ExchangeFormat.Csv
                ? "El archivo no se pudo leer como CSV (separado por comas, UTF-8)."
                : "El archivo no se pudo leer como libro de Excel (.xlsx).");
        }
    }

    private static async Task<ExchangeTable> ReadCsvAsync(Stream input, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(reader, Csv);
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new DomainException("El archivo está vacío: la primera fila debe traer los códigos de las columnas.");
        }

        var headers = header.Select(name => name.Trim()).ToList();
        var rows = new List<(int, IReadOnlyDictionary<string, string?>)>();
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                values.TryAdd(headers[i], csv.TryGetField<string>(i, out var cell) && !string.IsNullOrEmpty(cell) ? cell : null);
            }

            rows.Add((csv.Parser.Row, values));
        }

        return new ExchangeTable(headers, rows);
    }

    private static ExchangeTable ReadXlsx(Stream input)
    {
        var headers = input.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)?.Select(name => name.Trim()).ToList() ?? [];
        if (headers.Count == 0)
        {
            throw new DomainException("El libro está vacío: la primera fila de la primera hoja debe traer los códigos de las columnas.");
        }

        input.Position = 0;
        var rows = new List<(int, IReadOnlyDictionary<string, string?>)>();
        var number = 1;
        foreach (IDictionary<string, object?> record in input.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            number++;
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value) in record)
            {
                values.TryAdd(key.Trim(), value switch
                {
                    null => null,
                    double real => ((decimal)real).ToString(CultureInfo.InvariantCulture),
                    decimal exact => exact.ToString(CultureInfo.InvariantCulture),
                    bool flag => flag ? "true" : "false",
                    DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null,
                });
            }

            rows.Add((number, values));
        }

        return new ExchangeTable(headers, rows);
    }
}
