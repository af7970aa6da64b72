using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Publication;

namespace Ssme.Web.Features.Results;

public sealed class IndexModel(PublicationHandler publications) : PageModel
{
    public IReadOnlyList<PublicationListing> Published { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Published = await publications.ListAsync(cancellationToken);
}
