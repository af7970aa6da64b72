using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Waves;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Waves;

public sealed class IndexModel(WaveAdministrationHandler waves) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await waves.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostTransitionAsync(int id, WaveTransition transition, CancellationToken cancellationToken)
    {
        var result = await waves.TransitionAsync(id, transition, User.ToActor(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = transition switch
            {
                WaveTransition.Open => "La ola quedó abierta: los gerentes ya pueden diligenciar el cuestionario.",
                WaveTransition.Close => "La ola quedó cerrada: los cuestionarios ya no se pueden modificar.",
                _ => "La ola fue reabierta.",
            };
            return RedirectToPage();
        }

        Errors = result.Messages;
        Waves = await waves.ListAsync(cancellationToken);
        return Page();
    }
}
