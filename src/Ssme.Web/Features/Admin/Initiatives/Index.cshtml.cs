using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Initiatives;

public sealed class IndexModel(InitiativeAdministrationHandler administration) : PageModel
{
    public Paged<InitiativeRow> Initiatives { get; private set; } = new([], 0, 1, 1);

    /// <summary>The e-mail typed for each initiative, kept when a reassignment is refused.</summary>
    public Dictionary<int, string> Typed { get; } = [];

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Initiatives = await administration.ListAsync(Search, PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostReassignAsync(int id, string? email, CancellationToken cancellationToken)
    {
        var result = await administration.ReassignAsync(id, email ?? string.Empty, User.ToActor(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = "El gerente de la iniciativa fue reasignado.";
            return Redirect(PageUrl(PageNumber));
        }

        // Each row has its own box: the message goes to the one the admin typed in.
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field is null ? string.Empty : $"{error.Field}-{id}", error.Message);
        }

        Typed[id] = email ?? string.Empty;
        Initiatives = await administration.ListAsync(Search, PageNumber, cancellationToken);
        return Page();
    }

    /// <summary>This list at another page, keeping the search.</summary>
    public string PageUrl(int page) =>
        Url.Page("/Admin/Initiatives/Index", new { buscar = string.IsNullOrWhiteSpace(Search) ? null : Search, pagina = page > 1 ? page : (int?)null })!;
}
