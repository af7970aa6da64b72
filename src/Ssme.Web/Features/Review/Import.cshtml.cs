using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

[RequestSizeLimit(ExchangeFiles.MaxUploadBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ExchangeFiles.MaxUploadBytes + (1024 * 1024))]
public sealed class ImportModel(ReviewService review, WaveExchange exchange) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ola")]
    public string? WaveCode { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await review.WavesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Waves = await review.WavesAsync(cancellationToken);
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
        Report = await exchange.ImportAsync(wave, content, upload.Format, User.ToActor(), cancellationToken);
        if (Report.Imported)
        {
            TempData["Status"] = $"Importación completa en la {wave.Name}: {Report.Created} cuestionario(s) nuevos, {Report.Updated} actualizados, {Report.InitiativesCreated} iniciativa(s) creadas.";
            return Redirect($"/revision?ola={wave.Code}");
        }

        return Page();
    }
}
