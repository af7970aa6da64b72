using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Infrastructure.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaire;

/// <summary>The manager's own ficha, once the analysts accepted the submission (SPEC §1); anything else is 404.</summary>
public sealed class FichaModel(QuestionnaireService questionnaire, ReportService reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var owned = await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken);
        if (owned is null || !owned.Submission.IsCategorizationPublished)
        {
            return NotFound();
        }

        var pdf = new MemoryStream();
        await reports.WriteFichaAsync(id, pdf, cancellationToken);
        pdf.Position = 0;
        return File(pdf, "application/pdf", $"ficha-ssme-ola-{owned.Wave.Code}.pdf");
    }
}
