using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Reporting;
using Ssme.Web.Features.Reports;

namespace Ssme.Web.Features.Review;

/// <summary>Any submission's ficha as a page for analysts, whatever its status.</summary>
public sealed class BenchmarkModel(ReportHandler reports) : PageModel
{
    public InitiativeReport Ficha { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await reports.FichaReportAsync(id, cancellationToken) is not { } ficha)
        {
            return NotFound();
        }

        Ficha = ficha;
        return Page();
    }
}
