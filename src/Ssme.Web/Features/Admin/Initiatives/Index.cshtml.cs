using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Initiatives;

public sealed class IndexModel(InitiativeAdministration administration) : PageModel
{
    public IReadOnlyList<InitiativeRow> Initiatives { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The e-mail typed for each initiative, kept when a reassignment is refused.</summary>
    public Dictionary<int, string> Typed { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Initiatives = await administration.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostReassignAsync(int id, string? email, CancellationToken cancellationToken)
    {
        var result = await administration.ReassignAsync(id, email ?? string.Empty, User.ToActor(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = "El gerente de la iniciativa fue reasignado.";
            return RedirectToPage();
        }

        Errors = result.Errors;
        Typed[id] = email ?? string.Empty;
        Initiatives = await administration.ListAsync(cancellationToken);
        return Page();
    }
}
