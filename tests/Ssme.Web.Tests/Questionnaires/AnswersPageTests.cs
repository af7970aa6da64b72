using System.Net;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class AnswersPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Every_answer_is_on_one_page_for_its_manager_and_nobody_else()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);
        await QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        var (_, other) = await QuestionnaireFlow.RegisterManagerAsync(factory);

        var review = await manager.GetPageAsync($"/cuestionario/{submissionId}/revision");
        var page = await manager.GetPageAsync(review.QuerySelector($"a[href='/cuestionario/{submissionId}/respuestas']")!.GetAttribute("href")!);
        var foreign = await other.GetAsync(new Uri($"/cuestionario/{submissionId}/respuestas", UriKind.Relative));

        Assert.Contains("Falta de datos sectoriales, \"actualizados\"", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("Empresas participantes", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(8, page.QuerySelectorAll("main h3").Length);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
