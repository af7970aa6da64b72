using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Publication;

namespace Ssme.Web.Features.Results;

/// <summary>The published report, byte for byte as it was rendered when the wave was published.</summary>
public sealed class PdfModel(PublicationHandler publications) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var published = await publications.FindAsync(code, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        Response.Headers.ETag = $"\"{published.Publication.PdfSha256}\"";
        return File(published.Publication.Pdf, "application/pdf", $"informe-ssme-ola-{published.Wave.Code}.pdf");
    }
}
