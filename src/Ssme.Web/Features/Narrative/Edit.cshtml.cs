using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Narrative;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Narrative;

public sealed class EditModel(NarrativeHandler narratives) : PageModel
{
    public NarrativeState State { get; private set; } = null!;

    /// <summary>The texts as posted, keyed by <see cref="NarrativeSection"/> name; shown again unchanged when refused.</summary>
    [BindProperty]
    public Dictionary<string, string?> Texts { get; set; } = [];

    /// <summary>The version the page was opened with; empty before the first save.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public string TextOf(NarrativeSection section) => Texts.GetValueOrDefault(section.ToString()) ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var state = await narratives.LoadAsync(id, cancellationToken);
        if (state is null)
        {
            return NotFound();
        }

        State = state;
        Version = state.Version;
        Texts = NarrativeSectionText.All.ToDictionary(section => section.ToString(), section => (string?)state.Texts[section]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var state = await narratives.LoadAsync(id, cancellationToken);
        if (state is null)
        {
            return NotFound();
        }

        State = state;
        var texts = NarrativeTexts.From(NarrativeSectionText.All.Select(section => KeyValuePair.Create(section, Texts.GetValueOrDefault(section.ToString()))));
        var result = await narratives.SaveAsync(id, texts, Version, User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field is null ? string.Empty : $"Texts[{error.Field}]", error.Message);
            }

            return Page();
        }

        TempData["Status"] = $"Se guardaron los textos del informe de la {state.Wave.Name}.";
        return RedirectToPage(new { id });
    }
}
