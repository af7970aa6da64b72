using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaire;

public sealed class IndexModel(QuestionnaireService questionnaire) : PageModel
{
    public ManagerHome? Home { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await questionnaire.HomeAsync(User.ToActor().UserId, cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(int waveId, bool fromPrevious, CancellationToken cancellationToken)
    {
        var (submissionId, refusal) = await questionnaire.StartAsync(User.ToActor().UserId, waveId, fromPrevious, cancellationToken);
        if (submissionId is { } id)
        {
            return Redirect($"/cuestionario/{id}/perfil");
        }

        Errors = [refusal!];
        Home = await questionnaire.HomeAsync(User.ToActor().UserId, cancellationToken);
        return Page();
    }
}
