using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

/// <summary>Files an analyst would export, edit in a spreadsheet and upload again.</summary>
internal static class ExchangeFlow
{
    public static async Task<List<Dictionary<string, string?>>> ExportRowsAsync(SsmeAppFactory factory, Wave wave)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<WaveExchangeHandler>().ExportAsync(wave, ExchangeFormat.Csv, buffer, CancellationToken.None);
        buffer.Position = 0;
        var table = await ExchangeFiles.ReadAsync(buffer, ExchangeFormat.Csv, CancellationToken.None);
        return table.Rows.Select(row => row.Values.ToDictionary(pair => pair.Key, pair => pair.Value)).ToList();
    }

    /// <summary>A CSV of <paramref name="rows"/> with every cell quoted, as a spreadsheet saves it.</summary>
    public static string Csv(IReadOnlyList<Dictionary<string, string?>> rows)
    {
        var columns = rows[0].Keys.ToList();
        var text = new StringBuilder(string.Join(',', columns)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', columns.Select(column => "\"" + (row.GetValueOrDefault(column) ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        return text.ToString();
    }

    public static async Task<string> WriteFileAsync(SsmeAppFactory factory, string name, string csv)
    {
        var path = Path.Combine(factory.Folder, name);
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(true));
        return path;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string wave, string fileName, string content) =>
        UploadAsync(client, wave, fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>Uploads a file through the import page's own form, as the analyst's browser would.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string wave, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync($"/revision/importar?ola={wave}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(wave), "ola" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri("/revision/importar", UriKind.Relative), form);
    }
}
