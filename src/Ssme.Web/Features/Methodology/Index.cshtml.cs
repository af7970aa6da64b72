using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Methodology;

namespace Ssme.Web.Features.Methodology;

/// <summary>The annex table, rendered from the definition itself so page and rules cannot disagree.</summary>
public sealed class IndexModel(MethodologyCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public IReadOnlyCollection<string> Versions => catalog.Versions;

    public MethodologyDefinition Definition { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var version = string.IsNullOrWhiteSpace(Version) ? Domain.Waves.Wave.DefaultMethodologyVersion : Version;
        if (!catalog.Versions.Contains(version))
        {
            return NotFound();
        }

        Definition = catalog.Get(version);
        return Page();
    }
}
