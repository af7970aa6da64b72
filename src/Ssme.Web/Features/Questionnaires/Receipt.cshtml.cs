using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>The comprobante (PDF copy of the answers as sent) of the manager's own questionnaire; anything else, or one never sent, is 404.</summary>
public sealed class ReceiptModel(QuestionnaireHandler questionnaire) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var owned = await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken, forUpdate: false);
        return owned is not null && QuestionnaireHandler.ReceiptPdf(owned, cancellationToken) is { } pdf
            ? File(pdf, "application/pdf", QuestionnaireHandler.ReceiptFileName(owned))
            : NotFound();
    }
}
