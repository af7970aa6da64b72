using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Exchange;

/// <summary>
/// Upload a file, see what it would do (new, changed with each field, unchanged, refused), then
/// confirm. The confirmation re-checks the same stored file and applies it only if nothing changed
/// since the preview.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxBytes + (1024 * 1024))]
public sealed class ImportModel(SsmeDbContext db, WaveExchangeHandler exchange, DataFolder dataFolder, TimeProvider clock) : PageModel
{
    private readonly PendingImports _pending = new(dataFolder, clock);

    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ola")]
    public string? WaveCode { get; set; }

    /// <summary>The file's problems, each with its row and column, when nothing was imported.</summary>
    public IReadOnlyList<ResultError> Problems { get; private set; } = [];

    /// <summary>What the uploaded file would do, shown before anything is written.</summary>
    public ImportPlan? Plan { get; private set; }

    public Wave? PlannedWave { get; private set; }

    /// <summary>The server-side id of the previewed file, posted back by "Confirmar importación".</summary>
    public string? PendingId { get; private set; }

    public string? PendingFileName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        var wave = WaveQueries.Named(Waves, WaveCode);
        if (wave is null)
        {
            ModelState.AddModelError("ola", "Ola: elija la ola a la que pertenecen los cuestionarios.");
            return Page();
        }

        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            ModelState.AddModelError("file", problem!);
            return Page();
        }

        PendingImport pending;
        await using (var content = upload.Content)
        {
            pending = await _pending.SaveAsync(User.ToActor().UserId, wave.Code, file!.FileName, upload.Format, content, cancellationToken);
        }

        await PreviewAsync(wave, pending, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? pendiente, CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        var pending = await _pending.FindAsync(pendiente, User.ToActor().UserId, cancellationToken);
        var wave = pending is null ? null : WaveQueries.Named(Waves, pending.WaveCode);
        if (pending is null || wave is null)
        {
            ModelState.AddModelError("file", "La vista previa ya no está disponible (se importó, venció o es de otra sesión). Cargue el archivo de nuevo.");
            return Page();
        }

        WaveCode = wave.Code;
        Result<ImportSummary> imported;
        await using (var content = _pending.Open(pending))
        {
            imported = await exchange.ImportAsync(wave, new ImportSource(content, pending.Format, pending.FileName), User.ToActor(), pending.Fingerprint ?? string.Empty, cancellationToken);
        }

        if (imported.IsConflict)
        {
            ModelState.AddModelError(string.Empty, WaveExchangeHandler.StaleMessage);
            await PreviewAsync(wave, pending, cancellationToken);
            return Page();
        }

        _pending.Delete(pending.Id);
        if (!imported.Succeeded)
        {
            Problems = imported.Errors;
            return Page();
        }

        var summary = imported.Value;
        TempData["Status"] = $"Importación completa en la {wave.Name}: {summary.Created} cuestionario(s) nuevos, {summary.Updated} actualizados, {summary.Unchanged} sin cambios, {summary.InitiativesCreated} iniciativa(s) creadas.";
        return RedirectToPage("/Review/Index", new { ola = wave.Code });
    }

    /// <summary>Shows the plan of the stored file; a file that cannot be imported is not kept.</summary>
    private async Task PreviewAsync(Wave wave, PendingImport pending, CancellationToken cancellationToken)
    {
        Result<ImportPlan> previewed;
        await using (var content = _pending.Open(pending))
        {
            previewed = await exchange.PreviewAsync(wave, new ImportSource(content, pending.Format, pending.FileName), cancellationToken);
        }

        if (!previewed.Succeeded)
        {
            _pending.Delete(pending.Id);
            Problems = previewed.Errors;
            return;
        }

        Plan = previewed.Value;
        PlannedWave = wave;
        PendingFileName = new ImportSource(Stream.Null, pending.Format, pending.FileName).DisplayName;
        if (Plan.CanApply)
        {
            await _pending.RememberAsync(pending with { Fingerprint = Plan.Fingerprint }, cancellationToken);
            PendingId = pending.Id;
        }
        else
        {
            _pending.Delete(pending.Id);
        }
    }
}
