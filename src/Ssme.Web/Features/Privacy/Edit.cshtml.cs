using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Privacy;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Privacy;

public sealed class EditModel(PrivacyPolicyHandler policy) : PageModel
{
    [BindProperty]
    [Display(Name = "Texto de la política")]
    [Required(ErrorMessage = "Texto de la política: es obligatorio.")]
    [StringLength(PrivacyPolicyVersion.MaxTextLength, ErrorMessage = "Texto de la política: no puede superar {1} caracteres.")]
    public string Text { get; set; } = string.Empty;

    public PrivacyPolicyVersion Current { get; private set; } = PrivacyPolicyVersion.Initial;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await policy.CurrentAsync(cancellationToken);
        Text = Current.Text;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Current = await policy.CurrentAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var published = await policy.PublishAsync(Text, User.ToActor(), cancellationToken);
        if (!published.Succeeded)
        {
            ModelState.AddResultErrors(published, string.Empty);
            return Page();
        }

        TempData["Status"] = $"Se publicó la versión {published.Value.Number} de la política. Quienes se registren desde ahora aceptan esta versión.";
        return RedirectToPage("/Privacy/Index");
    }
}
