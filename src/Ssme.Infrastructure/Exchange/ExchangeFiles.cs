using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Ssme.Domain.Common;
using Ssme.Domain.Exchange;

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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ",",
        HasHeaderRecord = true,
        DetectDelimiter = false,
        TrimOptions = TrimOptions.None,
        BadDataFound = null,
        MissingFieldFound = null,
    };

    /// <summary>The parser stops inside a field longer than a cell may be, before it is held whole.</summary>
    private static readonly CsvConfiguration CsvReading = Csv with { MaxFieldSize = UploadLimits.MaxCellCharacters };

    public static ExchangeFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => ExchangeFormat.Csv,
        ".XLSX" => ExchangeFormat.Xlsx,
        _ => null,
    };

    /// <summary>
    /// What every upload is held to before it is read: not empty, within <see cref="UploadLimits.MaxBytes"/>,
    /// and a .csv or a real .xlsx (a ZIP package). Returns a Spanish problem naming the field, or null.
    /// </summary>
    public static string? CheckUpload(string fileName, long length, ReadOnlySpan<byte> start, out ExchangeFormat format)
    {
        format = default;
        if (length == 0)
        {
            return "Archivo: elija un archivo .csv o .xlsx con datos.";
        }

        if (length > UploadLimits.MaxBytes)
        {
            return UploadProblems.TooLarge;
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

    /// <summary>
    /// Reads the file as a stream, held to SPEC §11's limits (<see cref="UploadLimits"/>): it stops at
    /// the first thing over a limit, and a file that is unreadable, over a limit or not UTF-8 text is
    /// an <see cref="ExchangeFileException"/> with a Spanish message, never a crash.
    /// </summary>
    public static async Task<ExchangeTable> ReadAsync(Stream input, ExchangeFormat format, CancellationToken cancellationToken)
    {
        try
        {
            var content = await WithinSizeAsync(input, cancellationToken);
            try
            {
                if (format == ExchangeFormat.Csv)
                {
                    return await ReadCsvAsync(content, cancellationToken);
                }

                var start = content.Position;
                XlsxLimits.Check(content, cancellationToken);
                content.Position = start;
                return ReadXlsx(content);
            }
            finally
            {
                if (!ReferenceEquals(content, input))
                {
                    await content.DisposeAsync();
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new ExchangeFileException(UploadProblems.NotUtf8);
        }
        catch (Exception exception) when (exception is CsvHelperException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            if (exception.InnerException is DecoderFallbackException)
            {
                throw new ExchangeFileException(UploadProblems.NotUtf8);
            }

            throw new ExchangeFileException(format == ExchangeFormat.Csv
                ? "El archivo no se pudo leer como CSV (separado por comas, UTF-8)."
                : "El archivo no se pudo leer como libro de Excel (.xlsx).");
        }
    }

    /// <summary>
    /// The input, refused when longer than <see cref="UploadLimits.MaxBytes"/>; a stream that cannot
    /// seek (the XLSX reader needs to) is copied, at most that many bytes.
    /// </summary>
    private static async Task<Stream> WithinSizeAsync(Stream input, CancellationToken cancellationToken)
    {
        if (input.CanSeek)
        {
            return input.Length - input.Position > UploadLimits.MaxBytes ? throw new ExchangeFileException(UploadProblems.TooLarge) : input;
        }

        var copy = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > UploadLimits.MaxBytes)
            {
                await copy.DisposeAsync();
                throw new ExchangeFileException(UploadProblems.TooLarge);
            }

            copy.Write(chunk, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static async Task<ExchangeTable> ReadCsvAsync(Stream input, CancellationToken cancellationToken)
    {
        await RefuseOtherThanTextAsync(input, cancellationToken);
        using var reader = new BoundedCsvText(new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 16_384, leaveOpen: true));
        using var csv = new CsvReader(reader, CsvReading);
        string[]? header = null;
        try
        {
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } names)
            {
                throw new ExchangeFileException("El archivo está vacío: la primera fila debe traer los códigos de las columnas.");
            }

            header = names;
            if (header.Length > UploadLimits.MaxColumns)
            {
                throw new ExchangeFileException(UploadProblems.TooManyColumns);
            }

            var headers = header.Select(name => name.Trim()).ToList();
            var rows = new List<(int, IReadOnlyDictionary<string, string?>)>();
            while (await csv.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (rows.Count == UploadLimits.MaxRows)
                {
                    throw new ExchangeFileException(UploadProblems.TooManyRows);
                }

                if (csv.Parser.Count > UploadLimits.MaxColumns)
                {
                    throw new ExchangeFileException(UploadProblems.TooManyColumns);
                }

                var values = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                {
                    values.TryAdd(headers[i], csv.TryGetField<string>(i, out var cell) && !string.IsNullOrEmpty(cell) ? cell : null);
                }

                rows.Add((csv.Parser.Row, values));
            }

            return new ExchangeTable(headers, rows);
        }
        catch (MaxFieldSizeException exception)
        {
            // The parser stops inside the field, so the fields it completed tell which column it is.
            var column = exception.Context?.Parser?.Count ?? 0;
            var name = header is not null && column < header.Length ? header[column].Trim() : (column + 1).ToString(CultureInfo.InvariantCulture);
            throw ExchangeFileException.OfCell(exception.Context?.Parser?.Row ?? 1, name, UploadProblems.CellTooLong);
        }
    }

    /// <summary>
    /// A UTF-16 file or a binary one renamed .csv (a NUL in the first 8 000 bytes, as Git decides) is
    /// named as such before any decoding, which would only say "not UTF-8".
    /// </summary>
    private static async Task RefuseOtherThanTextAsync(Stream input, CancellationToken cancellationToken)
    {
        var start = input.Position;
        var head = new byte[8_000];
        var length = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        input.Position = start;
        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ExchangeFileException(UploadProblems.Utf16);
        }

        if (bytes.Contains((byte)0) || bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("%PDF"u8))
        {
            throw new ExchangeFileException(UploadProblems.NotText);
        }
    }

    private static ExchangeTable ReadXlsx(Stream input)
    {
        var headers = input.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)?.Select(name => name.Trim()).ToList() ?? [];
        if (headers.Count == 0)
        {
            throw new ExchangeFileException("El libro está vacío: la primera fila de la primera hoja debe traer los códigos de las columnas.");
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
