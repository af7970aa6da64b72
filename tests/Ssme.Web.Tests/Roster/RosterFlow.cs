using System.Net.Http.Headers;
using System.Text;
using Ssme.Domain.Initiatives;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

internal static class RosterFlow
{
    public const string Header = "initiative_code,initiative_name,department,manager_name,manager_email\r\n";

    /// <summary>Uploads a roster through the page's own form, as the admin's browser would.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string wave, string fileName, string content)
    {
        var page = await client.GetPageAsync($"/convocatoria?ola={wave}");
        var form = page.QuerySelector("#roster-upload")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>An initiative already known to the portal (from an earlier wave or an import), without a manager.</summary>
    public static Task<Initiative> KnownInitiativeAsync(SsmeAppFactory factory, string name, string department = "66") =>
        factory.WithDbAsync(async db =>
        {
            var initiative = new Initiative(name, Department.FromCode(department), null);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return initiative;
        });

    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";
}
