using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Reports;

public sealed class IndexModel(SsmeDbContext db, ReportHandler reports) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await reports.WaveReportAsync(id, cancellationToken);
        return report.Succeeded
            ? File(report.Value.Content, "application/pdf", $"informe-ssme-ola-{report.Value.Wave.Code}.pdf")
            : NotFound();
    }
}
