using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Questionnaires;

public sealed class OtherAnswerTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Saving_otra_without_its_text_says_so_at_the_field_and_keeps_what_was_chosen()
    {
        var waveId = await QuestionnaireFlow.OpenWaveAsync(factory);
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, waveId);

        var page = await (await QuestionnaireFlow.SaveAsync(manager, submissionId, "barreras", new Dictionary<string, string?>
        {
            ["barriers"] = HtmlForms.Many("financiacion", "otra"),
            ["barriers_other"] = string.Empty,
        })).ReadPageAsync();

        Assert.Equal("Otra barrera: describa la barrera, porque marcó «Otra».", page.QuerySelector("#barriers_other-error")!.TextContent.Trim());
        Assert.True(page.QuerySelector("#barriers-otra")!.HasAttribute("checked"));
    }
}
