using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class ProgressPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_new_questionnaire_shows_no_complete_section_and_no_empty_brackets()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);

        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/perfil");
        var progress = page.QuerySelector("nav.progress")!.TextContent;

        Assert.Contains("0 de 8 secciones completas", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("()", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("(completa)", progress, StringComparison.Ordinal);
    }
}
