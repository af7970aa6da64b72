using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Waves;
using Ssme.Web.Features.Reports;
using Ssme.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ssme.Web.Tests.Reports;

/// <summary>Reads reports back as a person copying their text would, for the report tests.</summary>
internal static class ReportPdf
{
    /// <summary>The wave report's words, as the download serves it; kept as <paramref name="name"/> when SSME_KEEP_PDF names a folder.</summary>
    public static async Task<string> WaveReportTextAsync(SsmeAppFactory factory, Wave wave, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ReportHandler>().WaveReportAsync(wave.Id, CancellationToken.None);
        return Text(report.Value.Content.ToArray(), name);
    }

    /// <summary>
    /// The words of every page in drawing order, one space apart. With SSME_KEEP_PDF set to a
    /// folder, the PDF is kept there to look at (scripts/render-pdf-page.sh).
    /// </summary>
    public static string Text(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("SSME_KEEP_PDF") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Uploads DANE / RUES figures through the admin page.</summary>
    public static async Task<HttpResponseMessage> UploadReferenceAsync(HttpClient client, string token, string csv)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "referencia.csv");
        return await client.PostAsync(new Uri("/admin/referencia", UriKind.Relative), form);
    }
}
