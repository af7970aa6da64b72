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

    public IReadOnlyList<string> RemovalErrors { get; private set; } = [];

    /// <summary>The refusal shown at the confirmation box itself when it was not ticked.</summary>
    public string? ConfirmationError { get; private set; }

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

        var before = (await roster.FindAsync(id, cancellationToken))!.ManagerEmail;
        var changed = await roster.ChangeContactAsync(id, Contact.ManagerName, Contact.ManagerEmail, User.ToActor(), cancellationToken);
        if (!changed.Succeeded)
        {
            ModelState.AddResultErrors(changed, "Contact.");
            return Page();
        }

        TempData["Status"] = string.Equals(before, Contact.ManagerEmail.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"Se actualizó el contacto de «{InitiativeName}»."
            : $"Se actualizó el contacto de «{InitiativeName}»: los enlaces sin usar enviados a {before} dejaron de funcionar. Para que {Contact.ManagerEmail.Trim()} reciba su enlace, use «Invitar» (o «Entregar la iniciativa», si otra persona la gestiona) en su fila.";
        return RedirectToPage("/Roster/Index", new { ola = WaveCode });
    }

    /// <summary>Takes the initiative off the roster after the admin ticked the confirmation; refused while it has a questionnaire in the wave.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var removed = await roster.RemoveAsync(id, confirmed, User.ToActor(), cancellationToken);
        if (!removed.Succeeded)
        {
            RemovalErrors = removed.Messages;
            ConfirmationError = removed.Errors.FirstOrDefault(error => error.Field == "Confirmed")?.Message;
            var entry = (await roster.FindAsync(id, cancellationToken))!;
            Contact = new RosterContactForm { ManagerName = entry.ManagerName, ManagerEmail = entry.ManagerEmail };
            ModelState.Clear();
            return Page();
        }

        TempData["Status"] = $"Se quitó «{removed.Value}» del directorio; sus enlaces de invitación sin usar dejaron de funcionar.";
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
