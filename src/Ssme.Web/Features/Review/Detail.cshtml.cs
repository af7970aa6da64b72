using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Questionnaire;
using Ssme.Web.Features.Reports;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public sealed class DetailModel(SubmissionDetailHandler details, ReviewWorkflowHandler workflow, ReportHandler reports, PortalLinks links) : PageModel
{
    public SubmissionDetail Detail { get; private set; } = null!;

    /// <summary>The comment or reason typed for a refused action, shown again in its box.</summary>
    public Dictionary<ReviewAction, string?> Typed { get; } = [];

    public bool CanReturn => Detail.Submission.CanReturn(Detail.Wave);

    /// <summary>The box of each action's comment or reason, where its refusal is shown and linked.</summary>
    public static string TextBoxId(ReviewAction action) => action switch
    {
        ReviewAction.Return => "return-text",
        ReviewAction.Exclude => "exclude-text",
        _ => "undo-text",
    };

    /// <summary>The refusal of this action's comment or reason, shown beside its box; null otherwise.</summary>
    public string? TextError(ReviewAction action) =>
        ModelState.TryGetValue(TextBoxId(action), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var detail = await details.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnGetFichaAsync(int id, CancellationToken cancellationToken)
    {
        var ficha = await reports.FichaAsync(id, cancellationToken);
        return ficha.Succeeded ? File(ficha.Value.Content, "application/pdf", $"ficha-ssme-{id}.pdf") : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, ReviewAction action, string? text, Guid version, CancellationToken cancellationToken)
    {
        // An unknown action must not bind to the enum's default (Accept).
        if (!ModelState.IsValid || !Enum.IsDefined(action))
        {
            return BadRequest();
        }

        var questionnaireUrl = links.Page("/Questionnaires/Section", new { id, section = (action == ReviewAction.Return ? Section.Profile : Section.Review).Slug() });
        var result = await workflow.TransitionAsync(id, action, text, version, User.ToActor(), questionnaireUrl, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = action switch
            {
                ReviewAction.Accept => "El cuestionario quedó aceptado.",
                ReviewAction.Return => "El cuestionario fue devuelto al gerente para corrección.",
                ReviewAction.Exclude => "El cuestionario quedó excluido de la categorización.",
                _ => "Se deshizo la exclusión del cuestionario.",
            };
            return RedirectToPage(new { id });
        }

        var detail = await details.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        foreach (var error in result.Errors)
        {
            // A refused comment or reason is shown at its box; anything else heads the page.
            ModelState.AddModelError(error.Field == Ssme.Domain.Common.DomainException.Inputs.Comment ? TextBoxId(action) : string.Empty, error.Message);
        }

        Typed[action] = text;
        return Page();
    }
}
