using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Publication;

namespace Ssme.Web.Features.Results;

/// <summary>The public results of a published wave (SPEC §13); a wave that is not published now answers 404.</summary>
public sealed class WaveModel(PublicationHandler publications) : PageModel
{
    public PublishedWave Published { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var published = await publications.FindAsync(code, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        Published = published;
        return Page();
    }
}
