using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class ManagerHomeTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_home_page_leads_a_manager_to_the_questionnaire()
    {
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);

        var home = await manager.GetPageAsync("/");

        Assert.Contains("Mi cuestionario", home.QuerySelector("main a[href='/cuestionario']")!.TextContent, StringComparison.Ordinal);
    }
}
