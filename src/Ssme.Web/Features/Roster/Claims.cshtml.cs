using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

public sealed class ClaimsModel(ClaimHandler claims) : PageModel
{
    public IReadOnlyList<ClaimLine> Claims { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Claims = await claims.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, bool approve, CancellationToken cancellationToken)
    {
        var decided = await claims.DecideAsync(id, approve, User.ToActor(), cancellationToken);
        if (!decided.Succeeded)
        {
            Errors = decided.Messages;
            Claims = await claims.ListAsync(cancellationToken);
            return Page();
        }

        var decision = decided.Value;
        var told = decision.Told ? "Se le avisó por correo." : "El servidor de correo rechazó el aviso: quedó en el registro de mensajes.";
        TempData["Status"] = decision.Approved
            ? $"«{decision.InitiativeName}» tiene ahora como responsable a {decision.PersonEmail}. {told}"
            : $"Se rechazó la solicitud de {decision.PersonEmail} sobre «{decision.InitiativeName}». {told}";
        return RedirectToPage();
    }
}
