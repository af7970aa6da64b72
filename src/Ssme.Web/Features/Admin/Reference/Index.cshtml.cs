using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.Reference;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Reference;

[RequestSizeLimit(UploadLimits.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(ReferenceFiguresHandler reference) : PageModel
{
    public IReadOnlyList<ReferenceFigure> Figures { get; private set; } = [];

    public IReadOnlyList<ResultError> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await reference.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            ModelState.AddModelError("file", problem!);
            Figures = await reference.ListAsync(cancellationToken);
            return Page();
        }

        await using var input = upload.Content;
        var saved = await reference.ImportAsync(input, upload.Format, User.ToActor(), cancellationToken);
        if (saved.Succeeded)
        {
            TempData["Status"] = $"Se guardaron {saved.Value} cifras de referencia.";
            return RedirectToPage();
        }

        Problems = saved.Errors;
        Figures = await reference.ListAsync(cancellationToken);
        return Page();
    }
}
