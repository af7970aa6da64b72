using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Roster;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

public sealed class CompletionModel(SsmeDbContext db, CompletionHandler completion) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ola { get; set; }

    /// <summary>The group shown (<c>not_started</c>, <c>draft</c>…); all when empty or unknown.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Estado { get; set; }

    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave? Wave { get; private set; }

    public Completion? Result { get; private set; }

    public CompletionStatus? Filter => CompletionStatuses.TryParse(Estado, out var status) ? status : null;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await PickWaveAsync(cancellationToken))
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await completion.WriteCsvAsync(Wave!, Filter, buffer, cancellationToken);
        buffer.Position = 0;
        var suffix = Filter is { } status ? "-" + status.Code() : string.Empty;
        return File(buffer, "text/csv; charset=utf-8", $"avance-ola-{Wave!.Code.ToLowerInvariant()}{suffix}.csv");
    }

    /// <summary>Reminds the group on screen (the waiting groups when the page shows all).</summary>
    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var run = await completion.RemindAsync(Wave!, Filter is { } status ? [status] : null, User.ToActor(), cancellationToken);
        if (!run.Succeeded)
        {
            Errors = run.Messages;
            return Page();
        }

        TempData["Status"] = $"Se enviaron {run.Value.Sent} recordatorio(s)"
            + (run.Value.Failed > 0 ? $"; {run.Value.Failed} no pudieron enviarse (vea el registro de mensajes)" : string.Empty)
            + (run.Value.AlreadyToday > 0 ? $"; {run.Value.AlreadyToday} iniciativa(s) ya recibieron uno hoy y no se les envió otro" : string.Empty)
            + ".";
        return RedirectToPage(new { ola = Wave!.Code, estado = Estado });
    }

    private async Task<bool> PickWaveAsync(CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        Wave = WaveQueries.Pick(Waves, Ola);
        return Wave is not null;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await PickWaveAsync(cancellationToken))
        {
            return false;
        }

        Result = await completion.CompletionAsync(Wave!, Filter, cancellationToken);
        return true;
    }
}
