using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ssme.Web.Features.Home;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
