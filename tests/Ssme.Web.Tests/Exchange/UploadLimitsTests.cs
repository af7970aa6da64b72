using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Features.Shared;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

/// <summary>SPEC §11: uploads are bounded while they are read, and a file in another encoding is named as such.</summary>
public sealed class UploadLimitsTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static readonly Actor Analyst = new("analyst", "Analista de prueba");

    [Fact]
    public async Task A_csv_with_twenty_thousand_rows_is_read_and_one_more_row_is_refused_naming_the_limit()
    {
        var wave = await factory.CreateWaveAsync();
        var largest = Encoding.UTF8.GetBytes(Csv(20_000));

        using var input = new MemoryStream(largest);
        var table = await ExchangeFiles.ReadAsync(input, ExchangeFormat.Csv, CancellationToken.None);
        var refused = await ImportAsync(wave, Encoding.UTF8.GetBytes(Csv(20_001)), ExchangeFormat.Csv);

        Assert.Equal(20_000, table.Rows.Count);
        Assert.Equal("El archivo tiene más de 20.000 filas de datos: divídalo en archivos de hasta 20.000 filas.", Assert.Single(refused.Errors).Message);
        await AssertNothingImportedAsync(wave);
    }

    [Theory]
    [InlineData(ExchangeFormat.Csv, "desired_support")]
    [InlineData(ExchangeFormat.Xlsx, "C")]
    public async Task A_cell_over_four_thousand_characters_is_refused_with_its_row_and_column(ExchangeFormat format, string column)
    {
        var wave = await factory.CreateWaveAsync();
        string?[][] rows = [["Cluster Uno", "05", "corto"], ["Cluster Dos", "05", new string('a', 4_001)]];

        var refused = await ImportAsync(wave, File(format, ["initiative_name", "department", "desired_support"], rows), format);

        Assert.Equal($"Fila 3, columna {column}: la celda supera 4.000 caracteres.", Assert.Single(refused.Errors).ToString());
        await AssertNothingImportedAsync(wave);
    }

    [Fact]
    public async Task A_workbook_with_more_than_twenty_thousand_rows_is_refused()
    {
        var wave = await factory.CreateWaveAsync();
        var rows = Enumerable.Range(1, 20_001).Select(i => new string?[] { $"Cluster {i}", "05", null }).ToArray();

        var refused = await ImportAsync(wave, File(ExchangeFormat.Xlsx, ["initiative_name", "department", "desired_support"], rows), ExchangeFormat.Xlsx);

        Assert.Equal("El archivo tiene más de 20.000 filas de datos: divídalo en archivos de hasta 20.000 filas.", Assert.Single(refused.Errors).Message);
        await AssertNothingImportedAsync(wave);
    }

    [Fact]
    public async Task A_zip_bomb_workbook_is_refused_from_its_declared_sizes()
    {
        var wave = await factory.CreateWaveAsync();
        var bomb = ZipBomb(uncompressedBytes: 101 * 1024 * 1024);

        var refused = await ImportAsync(wave, bomb, ExchangeFormat.Xlsx);

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.StartsWith("El libro ocupa más de 100 MB sin comprimir", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        await AssertNothingImportedAsync(wave);
    }

    [Fact]
    public async Task The_import_verb_refuses_a_file_over_twenty_megabytes_in_one_line()
    {
        var wave = await factory.CreateWaveAsync();
        var path = Path.Combine(factory.Folder, "grande.csv");
        await using (var file = System.IO.File.Create(path))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes("initiative_name,department,desired_support\r\n"));
            var line = Encoding.UTF8.GetBytes("Cluster,05," + new string('a', 1_000) + "\r\n");
            while (file.Length <= 20 * 1024 * 1024)
            {
                await file.WriteAsync(line);
            }
        }

        var run = await factory.RunVerbAsync("import", "--wave", wave.Code, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("El archivo supera el máximo de 20 MB.", run.Output, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        await AssertNothingImportedAsync(wave);
    }

    [Fact]
    public async Task A_latin1_csv_and_a_binary_renamed_csv_get_a_spanish_message_on_the_import_page()
    {
        var wave = await factory.CreateWaveAsync();
        var analyst = await factory.ClientInRoleAsync(Roles.Analyst);
        var latin1 = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.csv", Latin1("initiative_name,department\r\nClúster del Café,Caldas\r\n"));
        var binary = await ExchangeFlow.UploadAsync(analyst, wave.Code, "datos.csv", File(ExchangeFormat.Xlsx, ["initiative_name"], [["Cluster"]]));

        Assert.Equal(HttpStatusCode.OK, latin1.StatusCode);
        Assert.Contains("El archivo no está en UTF-8 (parece Latin-1/Windows-1252). Guárdelo como «CSV UTF-8", (await latin1.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, binary.StatusCode);
        Assert.Contains("El archivo no es un CSV de texto", (await binary.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        await AssertNothingImportedAsync(wave);
    }

    [Fact]
    public async Task The_import_verb_names_the_encoding_of_a_latin1_file_in_one_line_and_exits_1()
    {
        var wave = await factory.CreateWaveAsync();
        var path = Path.Combine(factory.Folder, "latin1.csv");
        await System.IO.File.WriteAllBytesAsync(path, Latin1("initiative_name,department\r\nClúster del Café,Caldas\r\n"));

        var run = await factory.RunVerbAsync("import", "--wave", wave.Code, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("El archivo no está en UTF-8 (parece Latin-1/Windows-1252)", run.Output, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        await AssertNothingImportedAsync(wave);
    }

    private static string Csv(int rows)
    {
        var text = new StringBuilder("initiative_name,department\r\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append("Cluster ").Append(i).Append(",05\r\n");
        }

        return text.ToString();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] File(ExchangeFormat format, string[] headers, string?[][] rows)
    {
        using var output = new MemoryStream();
        if (format == ExchangeFormat.Csv)
        {
            var text = new StringBuilder(string.Join(',', headers)).Append("\r\n");
            foreach (var row in rows)
            {
                text.Append(string.Join(',', row)).Append("\r\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        var sheet = rows.Select(row => headers.Select((header, i) => (header, row[i])).ToDictionary(cell => cell.header, cell => (object?)cell.Item2));
        output.SaveAs(sheet, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    /// <summary>A workbook whose only sheet inflates from a few hundred kilobytes to <paramref name="uncompressedBytes"/>.</summary>
    private static byte[] ZipBomb(long uncompressedBytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Ola\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using var stream = sheet.Open();
            stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var padding = new byte[1024 * 1024];
            Array.Fill(padding, (byte)' ');
            for (long written = 0; written < uncompressedBytes; written += padding.Length)
            {
                stream.Write(padding);
            }

            stream.Write("</sheetData></worksheet>"u8);
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private async Task<Result<ImportSummary>> ImportAsync(Wave wave, byte[] content, ExchangeFormat format)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var input = new MemoryStream(content);
        return await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ImportAsync(wave, new ImportSource(input, format, "datos"), Analyst, confirmedFingerprint: null, CancellationToken.None);
    }

    private async Task AssertNothingImportedAsync(Wave wave) =>
        Assert.Equal(0, await factory.WithDbAsync(db => db.Submissions.CountAsync(s => s.WaveId == wave.Id)));
}
