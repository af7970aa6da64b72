using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Privacy;

namespace Ssme.Web.Features.Privacy;

public sealed class IndexModel(PrivacyPolicyHandler policy) : PageModel
{
    public PrivacyPolicyVersion Policy { get; private set; } = PrivacyPolicyVersion.Initial;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Policy = await policy.CurrentAsync(cancellationToken);
}
