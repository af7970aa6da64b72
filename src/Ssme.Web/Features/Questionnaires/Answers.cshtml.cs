using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>Every answer on one page, to check before sending or print; only the manager's own questionnaire, else 404.</summary>
public sealed class AnswersModel(QuestionnaireHandler questionnaire) : PageModel
{
    public OwnedSubmission Owned { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken) is not { } owned)
        {
            return NotFound();
        }

        Owned = owned;
        return Page();
    }
}
