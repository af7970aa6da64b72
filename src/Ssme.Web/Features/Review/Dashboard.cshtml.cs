using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Reporting;
using Ssme.Domain.Waves;

namespace Ssme.Web.Features.Review;

public sealed class DashboardModel(ReviewService review) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave Wave { get; private set; } = null!;

    public WaveFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? ola, CancellationToken cancellationToken)
    {
        Waves = await review.WavesAsync(cancellationToken);
        var wave = Waves.FirstOrDefault(w => string.Equals(w.Code, ola?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? Waves.FirstOrDefault(w => w.Status == WaveStatus.Open)
            ?? (Waves.Count > 0 ? Waves[0] : null);
        if (wave is null)
        {
            return Redirect("/revision");
        }

        Wave = wave;
        Figures = await review.FiguresAsync(wave, cancellationToken);
        return Page();
    }
}
