using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Reporting;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public sealed class DashboardModel(SsmeDbContext db, WaveDashboardHandler dashboard) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave Wave { get; private set; } = null!;

    public WaveFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? ola, CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        if (WaveQueries.Pick(Waves, ola) is not { } wave)
        {
            return RedirectToPage("Index");
        }

        Wave = wave;
        Figures = await dashboard.FiguresAsync(wave, cancellationToken);
        return Page();
    }
}
