using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Waves;

public sealed class CreateModel(WaveAdministrationHandler waves) : PageModel
{
    [BindProperty]
    public WaveForm Form { get; set; } = new();

    [BindProperty]
    public bool OpenNow { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await waves.CreateAsync(Form.ToDetails(), OpenNow, User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, "Form.");
            return Page();
        }

        TempData["Status"] = $"La ola {result.Value.Code} fue creada.";
        return RedirectToPage("Index");
    }
}
