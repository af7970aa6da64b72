using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Reports;

namespace Ssme.Web.Features.Admin.Reports;

public sealed class IndexModel(SsmeDbContext db, ReportService reports) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = (await db.Waves.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(wave => wave.PeriodYear).ThenByDescending(wave => wave.OpensOn).ToList();

    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (wave is null)
        {
            return NotFound();
        }

        var pdf = new MemoryStream();
        await reports.WriteWaveReportAsync(wave, pdf, cancellationToken);
        pdf.Position = 0;
        return File(pdf, "application/pdf", $"informe-ssme-ola-{wave.Code}.pdf");
    }
}
