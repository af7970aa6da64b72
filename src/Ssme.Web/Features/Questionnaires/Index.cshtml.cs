using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Questionnaire;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

public sealed class IndexModel(QuestionnaireHandler questionnaire, Roster.ClaimHandler claims) : PageModel
{
    public ManagerHome? Home { get; private set; }

    /// <summary>The initiatives this person asked to manage, while an admin decides; asked only when no initiative is theirs yet.</summary>
    public IReadOnlyList<string> WaitingClaims { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Home = await questionnaire.HomeAsync(User.ToActor().UserId, cancellationToken);
        if (Home is null)
        {
            WaitingClaims = await claims.WaitingForAsync(User.ToActor().UserId, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostStartAsync(int waveId, bool fromPrevious, CancellationToken cancellationToken)
    {
        var started = await questionnaire.StartAsync(User.ToActor().UserId, waveId, fromPrevious, cancellationToken);
        if (started.Succeeded)
        {
            return RedirectToPage("Section", new { id = started.Value, section = Section.Profile.Slug() });
        }

        Errors = started.Messages;
        Home = await questionnaire.HomeAsync(User.ToActor().UserId, cancellationToken);
        return Page();
    }
}
