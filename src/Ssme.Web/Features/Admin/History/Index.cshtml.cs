using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.History;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.History;

[RequestSizeLimit(UploadLimits.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(HistoricalFiguresHandler history) : PageModel
{
    public IReadOnlyList<HistoricalFigure> Figures { get; private set; } = [];

    public IReadOnlyList<ResultError> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await history.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            ModelState.AddModelError("file", problem!);
            Figures = await history.ListAsync(cancellationToken);
            return Page();
        }

        await using var input = upload.Content;
        var saved = await history.ImportAsync(input, upload.Format, User.ToActor(), cancellationToken);
        if (saved.Succeeded)
        {
            TempData["Status"] = $"Se guardaron {saved.Value} cifras históricas.";
            return RedirectToPage();
        }

        Problems = saved.Errors;
        Figures = await history.ListAsync(cancellationToken);
        return Page();
    }
}
