using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Narrative;

public sealed class IndexModel(SsmeDbContext db) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
}
