using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Exchange;
using Ssme.Web.Features.Publication;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

/// <summary>An upload over the limit and an unexpected failure both answer a Spanish page in the portal's layout.</summary>
public sealed class ErrorPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Theory]
    [InlineData("/revision/importar", "main form[enctype]")]
    [InlineData("/convocatoria?ola={0}", "#roster-upload")]
    public async Task An_upload_over_the_limit_answers_the_file_too_large_page_naming_the_limit(string path, string formSelector)
    {
        var code = WaveSeeder.NewCode("G");
        await factory.CreateWaveAsync(code: code);
        var admin = await factory.AdminClientAsync();
        var page = await admin.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, code));
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        content.Add(new StringContent(code), "ola");
        content.Add(new ByteArrayContent(new byte[UploadLimits.MaxBytes + (2 * 1024 * 1024)]), "file", "enorme.csv");
        var target = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;

        var response = await admin.PostAsync(new Uri(target, UriKind.Relative), content);
        var answer = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Archivo demasiado grande", answer.MainText(), StringComparison.Ordinal);
        Assert.Contains("(20 MB)", answer.MainText(), StringComparison.Ordinal);
        Assert.NotNull(answer.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task An_unexpected_failure_answers_the_spanish_500_page_in_the_layout()
    {
        using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<PublicationHandler>(_ => throw new InvalidOperationException("Falla simulada"))));
        var client = broken.CreateClient();

        var response = await client.GetAsync(new Uri("/resultados", UriKind.Relative));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Ocurrió un error", page.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Falla simulada", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }
}
