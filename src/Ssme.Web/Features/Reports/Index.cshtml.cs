using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Publication;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Reports;

public sealed class IndexModel(SsmeDbContext db, ReportHandler reports, PublicationHandler publications) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    /// <summary>The waves whose report is published now.</summary>
    public IReadOnlySet<int> Published { get; private set; } = new HashSet<int>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await reports.WaveReportAsync(id, cancellationToken);
        return report.Succeeded
            ? File(report.Value.Content, "application/pdf", $"informe-ssme-ola-{report.Value.Wave.Code}.pdf")
            : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        var result = await publications.PublishAsync(id, User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Messages;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var wave = Waves.FirstOrDefault(item => item.Id == id) ?? await db.Waves.AsNoTracking().SingleAsync(item => item.Id == id, cancellationToken);
        TempData["Status"] = $"La {wave.Name} quedó publicada: su informe ya no cambia y los resultados son públicos. SHA-256 del PDF: {result.Value.PdfSha256}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        Published = (await publications.ListAsync(cancellationToken)).Select(item => item.Wave.Id).ToHashSet();
    }
}
