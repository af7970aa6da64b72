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

    /// <summary>Shares above 100 % the last upload gives: saved anyway, but worth a look (a reference typed in thousands).</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    private const string WarningsKey = "ReferenceWarnings";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Warnings = TempData[WarningsKey] is string warnings ? warnings.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
        Figures = await reference.ListAsync(cancellationToken);
    }

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
            TempData["Status"] = $"Se guardaron {saved.Value.Saved} cifras de referencia.";
            TempData[WarningsKey] = string.Join('\n', saved.Value.Warnings);
            return RedirectToPage();
        }

        Problems = saved.Errors;
        Figures = await reference.ListAsync(cancellationToken);
        return Page();
    }
}
