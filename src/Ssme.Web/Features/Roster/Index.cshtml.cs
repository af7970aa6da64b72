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

    public async Task<IActionResult> OnPostInviteAsync(int entryId, CancellationToken cancellationToken) =>
        await InviteAsync(lines => lines.Where(line => line.EntryId == entryId), cancellationToken);

    /// <summary>Everyone without a link that still works: never invited, expired, or the e-mail failed.</summary>
    public async Task<IActionResult> OnPostInviteAllAsync(CancellationToken cancellationToken) =>
        await InviteAsync(lines => lines.Where(line => line.Invitation is null or InvitationState.Expired or InvitationState.Failed), cancellationToken);

    public async Task<IActionResult> OnPostResendAsync(int invitationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var run = await invitations.ResendAsync(invitationId, User.ToActor(), cancellationToken);
        return Done(run);
    }

    private async Task<IActionResult> InviteAsync(Func<IEnumerable<RosterLine>, IEnumerable<RosterLine>> which, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var entries = which(Lines).Select(line => line.EntryId).ToList();
        if (entries.Count == 0)
        {
            TempData["Status"] = "No hay a quién invitar: todas las iniciativas del directorio tienen una invitación vigente o aceptada.";
            return RedirectToPage(new { ola = Wave!.Code });
        }

        return Done(await invitations.InviteEntriesAsync(Wave!, entries, User.ToActor(), cancellationToken));
    }

    private IActionResult Done(Result<InvitationRun> run)
    {
        if (!run.Succeeded)
        {
            Errors = run.Messages;
            return Page();
        }

        TempData["Status"] = run.Value.Failed == 0
            ? $"Se enviaron {run.Value.Sent} invitación(es)."
            : $"Se enviaron {run.Value.Sent} invitación(es); {run.Value.Failed} no pudieron enviarse: el servidor de correo las rechazó (vea el registro de mensajes) y puede reenviarlas.";
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
