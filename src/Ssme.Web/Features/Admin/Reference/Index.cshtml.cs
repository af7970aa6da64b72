using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.Reference;
using Ssme.Infrastructure.Exchange;
using Ssme.Infrastructure.Reference;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Reference;

[RequestSizeLimit(ExchangeFiles.MaxUploadBytes + (1024 * 1024))]
public sealed class IndexModel(ReferenceData reference) : PageModel
{
    public IReadOnlyList<ReferenceFigure> Figures { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await reference.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            Errors = [problem!];
            Figures = await reference.ListAsync(cancellationToken);
            return Page();
        }

        await using var input = upload.Content;
        var (saved, problems) = await reference.ImportAsync(input, upload.Format, User.ToActor(), cancellationToken);
        if (problems.Count == 0)
        {
            TempData["Status"] = $"Se guardaron {saved} cifras de referencia.";
            return Redirect("/admin/referencia");
        }

        Problems = problems;
        Figures = await reference.ListAsync(cancellationToken);
        return Page();
    }
}
