using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class RequiredMarkTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Required_questions_say_so_with_the_question_and_optional_ones_do_not()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);

        var firms = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");
        var barriers = await manager.GetPageAsync($"/cuestionario/{submissionId}/barreras");

        Assert.Contains("(obligatoria)", firms.QuerySelector("label[for=firms_micro]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(obligatoria)", barriers.QuerySelector("label[for=desired_support]")!.TextContent, StringComparison.Ordinal);
    }
}
