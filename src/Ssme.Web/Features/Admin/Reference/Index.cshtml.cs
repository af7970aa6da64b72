using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.Reference;
using Ssme.Infrastructure.Exchange;
using Ssme.Infrastructure.Reference;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Admin.Reference;

[RequestSizeLimit(2 * 1024 * 1024)]
public sealed class IndexModel(ReferenceData reference) : PageModel
{
    public IReadOnlyList<ReferenceFigure> Figures { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await reference.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var format = file is null ? null : ExchangeFiles.FormatOf(file.FileName);
        if (file is null || file.Length == 0 || format is null)
        {
            Errors = ["Archivo: elija un archivo .csv o .xlsx con las columnas department, year, occupied_population y registered_firms."];
            Figures = await reference.ListAsync(cancellationToken);
            return Page();
        }

        await using var input = file.OpenReadStream();
        var (saved, problems) = await reference.ImportAsync(input, format.Value, User.ToActor(), cancellationToken);
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
