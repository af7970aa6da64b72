using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

[RequestSizeLimit(ExchangeFiles.MaxUploadBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ExchangeFiles.MaxUploadBytes + (1024 * 1024))]
public sealed class ImportModel(SsmeDbContext db, WaveExchangeHandler exchange) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ola")]
    public string? WaveCode { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The file's problems, each with its row and column, when nothing was imported.</summary>
    public IReadOnlyList<ResultError> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        var wave = Waves.FirstOrDefault(w => string.Equals(w.Code, WaveCode?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (wave is null)
        {
            Errors = ["Ola: elija la ola a la que pertenecen los cuestionarios."];
            return Page();
        }

        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            Errors = [problem!];
            return Page();
        }

        await using var content = upload.Content;
        var imported = await exchange.ImportAsync(wave, content, upload.Format, User.ToActor(), cancellationToken);
        if (imported.Succeeded)
        {
            var summary = imported.Value;
            TempData["Status"] = $"Importación completa en la {wave.Name}: {summary.Created} cuestionario(s) nuevos, {summary.Updated} actualizados, {summary.InitiativesCreated} iniciativa(s) creadas.";
            return RedirectToPage("/Review/Index", new { ola = wave.Code });
        }

        Problems = imported.Errors;
        return Page();
    }
}
