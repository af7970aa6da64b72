using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Web.Features.Waves;

/// <summary>Closing freezes every questionnaire of the wave, so it is confirmed on a page of its own (no script needed).</summary>
public sealed class CloseModel(WaveAdministrationHandler waves) : PageModel
{
    public Wave Wave { get; private set; } = null!;

    public IReadOnlyDictionary<SubmissionStatus, int> Counts { get; private set; } = new Dictionary<SubmissionStatus, int>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await waves.FindAsync(id, cancellationToken) is not { } wave)
        {
            return NotFound();
        }

        Wave = wave;
        Counts = await waves.StatusCountsAsync(id, cancellationToken);
        return Page();
    }
}
