using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

public sealed class EditModel(SsmeDbContext db, RosterHandler roster) : PageModel
{
    [BindProperty]
    public RosterContactForm Contact { get; set; } = new();

    public string InitiativeName { get; private set; } = string.Empty;

    public string WaveCode { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var entry = (await roster.FindAsync(id, cancellationToken))!;
        Contact = new RosterContactForm { ManagerName = entry.ManagerName, ManagerEmail = entry.ManagerEmail };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var changed = await roster.ChangeContactAsync(id, Contact.ManagerName, Contact.ManagerEmail, User.ToActor(), cancellationToken);
        if (!changed.Succeeded)
        {
            ModelState.AddResultErrors(changed, "Contact.");
            return Page();
        }

        TempData["Status"] = $"Se actualizó el contacto de «{InitiativeName}». Para que la nueva persona reciba el enlace, use «Invitar» o «Reenviar».";
        return RedirectToPage("/Roster/Index", new { ola = WaveCode });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await (
            from entry in db.RosterEntries.AsNoTracking()
            join initiative in db.Initiatives on entry.InitiativeId equals initiative.Id
            join wave in db.Waves on entry.WaveId equals wave.Id
            where entry.Id == id
            select new { initiative.Name, wave.Code })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        (InitiativeName, WaveCode) = (found.Name, found.Code);
        return true;
    }
}
