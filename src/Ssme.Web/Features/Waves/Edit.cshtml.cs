using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Waves;

public sealed class EditModel(WaveAdministrationHandler waves) : PageModel
{
    [BindProperty]
    public WaveForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var wave = await waves.FindAsync(id, cancellationToken);
        if (wave is null)
        {
            return NotFound();
        }

        Form = new WaveForm { Code = wave.Code, Name = wave.Name, PeriodYear = wave.PeriodYear, OpensOn = wave.OpensOn, ClosesOn = wave.ClosesOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var wave = await waves.FindAsync(id, cancellationToken);
        if (wave is null)
        {
            return NotFound();
        }

        Form.Code = wave.Code;
        ModelState.Remove("Form.Code");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await waves.EditAsync(id, Form.ToDetails(), User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, "Form.");
            return Page();
        }

        TempData["Status"] = $"La ola {wave.Code} fue actualizada.";
        return RedirectToPage("Index");
    }
}
