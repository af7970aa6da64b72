using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>The manager's own ficha, once the analysts accepted the submission (SPEC §1); anything else is 404.</summary>
public sealed class FichaModel(QuestionnaireHandler questionnaire, ReportHandler reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var owned = await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken, forUpdate: false);
        if (owned is null || !owned.Submission.IsCategorizationPublished)
        {
            return NotFound();
        }

        var ficha = await reports.FichaAsync(id, cancellationToken);
        return ficha.Succeeded ? File(ficha.Value.Content, "application/pdf", $"ficha-ssme-ola-{owned.Wave.Code}.pdf") : NotFound();
    }
}
