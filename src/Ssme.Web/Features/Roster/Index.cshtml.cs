using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;
using Ssme.Domain.Roster;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

[RequestSizeLimit(UploadLimits.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(SsmeDbContext db, RosterHandler roster, InvitationHandler invitations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ola { get; set; }

    [BindProperty]
    public RosterEntryForm Entry { get; set; } = new();

    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave? Wave { get; private set; }

    public IReadOnlyList<RosterLine> Lines { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<ResultError> FileProblems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var (upload, problem) = await UploadedFile.ReadAsync(file, cancellationToken);
        if (upload is null)
        {
            Errors = [problem!];
            return Page();
        }

        await using var input = upload.Content;
        var loaded = await roster.LoadFileAsync(Wave!, input, upload.Format, User.ToActor(), cancellationToken);
        if (!loaded.Succeeded)
        {
            FileProblems = loaded.Errors;
            return Page();
        }

        TempData["Status"] = Loaded(loaded.Value);
        return RedirectToPage(new { ola = Wave!.Code });
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var added = await roster.AddAsync(Wave!, Entry, User.ToActor(), cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddResultErrors(added, "Entry.");
            return Page();
        }

        TempData["Status"] = $"Se agregó «{Entry.InitiativeName?.Trim()}» al directorio de la {Wave!.Name}.";
        return RedirectToPage(new { ola = Wave.Code });
    }

    /// <summary>One row's button: invites (or re-invites) the contact the row shows, handing the initiative over when someone else manages it.</summary>
    public async Task<IActionResult> OnPostInviteAsync(int entryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Lines.All(line => line.EntryId != entryId))
        {
            return NotFound();
        }

        return Done(await invitations.InviteEntriesAsync(Wave!, [entryId], User.ToActor(), cancellationToken), skipped: 0);
    }

    /// <summary>Everyone a bulk invitation is for (<see cref="InvitationRules.BulkInvites"/>): no working link, and not already the initiative's manager.</summary>
    public async Task<IActionResult> OnPostInviteAllAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var run = await invitations.InviteWaitingAsync(Wave!, null, User.ToActor(), cancellationToken);
        if (run.Succeeded && run.Value.Run.Sent + run.Value.Run.Failed == 0)
        {
            TempData["Status"] = "No hay a quién invitar: cada iniciativa del directorio tiene una invitación vigente o aceptada, o su contacto ya es su gerente en el portal.";
            return RedirectToPage(new { ola = Wave!.Code });
        }

        return Done(run.Succeeded ? Result.Ok(run.Value.Run) : Result.Failure<InvitationRun>(run.Errors), run.Succeeded ? run.Value.Skipped : 0);
    }

    private IActionResult Done(Result<InvitationRun> run, int skipped)
    {
        if (!run.Succeeded)
        {
            Errors = run.Messages;
            return Page();
        }

        var sent = run.Value.Failed == 0
            ? $"Se enviaron {run.Value.Sent} invitación(es)."
            : $"Se enviaron {run.Value.Sent} invitación(es); {run.Value.Failed} no pudieron enviarse (vea el motivo en el registro de mensajes) y puede volver a invitarlas.";
        TempData["Status"] = skipped == 0 ? sent : $"{sent} {skipped} iniciativa(s) no se invitaron: ya tienen una invitación vigente o aceptada, o su contacto ya es su gerente.";
        return RedirectToPage(new { ola = Wave!.Code });
    }

    private static string Loaded(RosterLoad load) =>
        $"{load.Total} iniciativas en el directorio del archivo: {load.Added} agregadas, {load.Updated} actualizadas; {load.NewInitiatives} no estaban en el portal y se crearon.";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        Wave = WaveQueries.Pick(Waves, Ola);
        if (Wave is null)
        {
            return false;
        }

        Lines = await roster.ListAsync(Wave.Id, cancellationToken);
        return true;
    }
}
