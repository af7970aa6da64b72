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

    /// <summary>The wave whose figures the administrator asked to delete, shown for confirmation; null otherwise.</summary>
    public HistoricalWave? PendingDelete { get; private set; }

    /// <summary>The waves that have historical figures, with how many each.</summary>
    public IReadOnlyList<HistoricalWave> Waves => Figures
        .GroupBy(figure => figure.WaveCode, StringComparer.OrdinalIgnoreCase)
        .Select(group => new HistoricalWave(group.First().WaveCode, group.First().WaveName, group.First().PeriodYear, group.Count()))
        .ToList();

    public async Task OnGetAsync(string? eliminar, CancellationToken cancellationToken)
    {
        Figures = await history.ListAsync(cancellationToken);
        PendingDelete = Waves.FirstOrDefault(wave => string.Equals(wave.Code, eliminar, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Deletes a wave's figures; reached only from the confirmation shown by <see cref="OnGetAsync"/>.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? waveCode, CancellationToken cancellationToken)
    {
        var deleted = await history.DeleteWaveAsync(waveCode ?? string.Empty, User.ToActor(), cancellationToken);
        if (deleted.Succeeded)
        {
            TempData["Status"] = $"Se eliminaron las {deleted.Value} cifras históricas de la ola {waveCode}.";
            return RedirectToPage();
        }

        foreach (var error in deleted.Errors)
        {
            // Deleting has no box to point at: the problem heads the page without a link.
            ModelState.AddModelError(string.Empty, error.Message);
        }
        Figures = await history.ListAsync(cancellationToken);
        return Page();
    }

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

/// <summary>A wave known by its historical figures, as the admin page lists it.</summary>
public sealed record HistoricalWave(string Code, string Name, int PeriodYear, int Figures);
