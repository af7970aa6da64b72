using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Reporting;
using Ssme.Web.Features.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>The manager's own ficha as a page, beside the PDF, once the analysts accepted the submission; anything else is 404.</summary>
public sealed class BenchmarkModel(QuestionnaireHandler questionnaire, ReportHandler reports) : PageModel
{
    public InitiativeReport Ficha { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var owned = await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken);
        if (owned is null || !owned.Submission.IsCategorizationPublished || await reports.FichaReportAsync(id, cancellationToken) is not { } ficha)
        {
            return NotFound();
        }

        Ficha = ficha;
        return Page();
    }
}
