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
    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();

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
        var format = file is null ? null : ExchangeFiles.FormatOf(file.FileName);
        Errors = (wave, file, format) switch
        {
            (null, _, _) => ["Ola: elija la ola a la que pertenecen los cuestionarios."],
            (_, null or { Length: 0 }, _) => ["Archivo: elija un archivo .csv o .xlsx con datos."],
            (_, { Length: > ExchangeFiles.MaxUploadBytes }, _) => [$"Archivo: supera el máximo de {ExchangeFiles.MaxUploadBytes / (1024 * 1024)} MB."],
            (_, _, null) => ["Archivo: debe ser .csv (separado por comas, UTF-8) o .xlsx."],
            _ => [],
        };
        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var content = new MemoryStream();
        await file!.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        if (format == ExchangeFormat.Xlsx && !content.ToArray().AsSpan().StartsWith(ZipSignature))
        {
            Errors = ["Archivo: tiene extensión .xlsx pero no es un libro de Excel."];
            return Page();
        }

        Report = await exchange.ImportAsync(wave!, content, format!.Value, User.ToActor(), cancellationToken);
        if (Report.Imported)
        {
            TempData["Status"] = $"Importación completa en la {wave!.Name}: {Report.Created} cuestionario(s) nuevos, {Report.Updated} actualizados, {Report.InitiativesCreated} iniciativa(s) creadas.";
            return Redirect($"/revision?ola={wave.Code}");
        }

        return Page();
    }
}
