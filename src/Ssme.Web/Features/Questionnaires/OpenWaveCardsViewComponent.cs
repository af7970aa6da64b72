using Microsoft.AspNetCore.Mvc;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>The manager's home page cards: one per wave taking answers, leading straight to its questionnaire.</summary>
public sealed class OpenWaveCardsViewComponent(QuestionnaireHandler questionnaire) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var home = await questionnaire.HomeAsync(UserClaimsPrincipal.ToActor().UserId, HttpContext.RequestAborted);
        var open = home?.Waves.Where(entry => entry.Wave.AcceptsAnswers).ToList() ?? [];
        return View("/Features/Questionnaires/_OpenWaveCards.cshtml", open);
    }
}
