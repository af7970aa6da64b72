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
        if (ReviewService.Pick(Waves, ola) is not { } wave)
        {
            return Redirect("/revision");
        }

        Wave = wave;
        Figures = await review.FiguresAsync(wave, cancellationToken);
        return Page();
    }
}
