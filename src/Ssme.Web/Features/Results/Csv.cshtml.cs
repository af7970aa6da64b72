using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Publication;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Publication;

namespace Ssme.Web.Features.Results;

/// <summary>The open data of a published wave: the aggregates frozen at publication, in the portal's CSV format.</summary>
public sealed class CsvModel(PublicationHandler publications) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var published = await publications.FindAsync(code, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await ExchangeFiles.WriteAsync(output, ExchangeFormat.Csv, PublicResults.OpenDataColumns, published.Results.OpenDataRows(), column => column is "initiatives" or "percent", cancellationToken);
        output.Position = 0;
        return File(output, ExchangeFiles.ContentType(ExchangeFormat.Csv), $"datos-ssme-ola-{published.Wave.Code}.csv");
    }
}
