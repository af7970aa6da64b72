using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Questionnaires;

/// <summary>The heading of a save's answer says what happened to the values.</summary>
public sealed class SaveMessagesTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Values_stored_but_inconsistent_with_each_other_are_reported_as_saved()
    {
        var (email, submissionId) = await factory.ManagerWithDraftAsync(await factory.CreateWaveAsync());
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");

        var response = await manager.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["firms_micro"] = "5", ["firms_active"] = "9" });
        var answer = await response.ReadPageAsync();

        Assert.DoesNotContain("No se pudo completar", answer.MainText(), StringComparison.Ordinal);
        Assert.Contains("Se guardaron todas sus respuestas", answer.QuerySelector("#errores")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no pueden ser más que las empresas participantes", answer.QuerySelector("#firms_active-error")!.TextContent, StringComparison.Ordinal);
        var stored = (await LoadSubmissionAsync(factory, submissionId)).Answers;
        Assert.Equal(5, stored.FirmsMicro);
        Assert.Equal(9, stored.FirmsActive);
    }

    [Fact]
    public async Task A_refused_value_says_the_others_were_saved()
    {
        var (email, submissionId) = await factory.ManagerWithDraftAsync(await factory.CreateWaveAsync());
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/empresas");

        var response = await manager.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["firms_micro"] = "5", ["firms_small"] = "muchas" });
        var answer = await response.ReadPageAsync();

        Assert.DoesNotContain("No se pudo completar", answer.MainText(), StringComparison.Ordinal);
        Assert.Contains("no se guardaron", answer.QuerySelector("#errores")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("muchas", InputValue(answer, "firms_small"));
        Assert.Equal(5, (await LoadSubmissionAsync(factory, submissionId)).Answers.FirmsMicro);
    }

    [Theory]
    [InlineData("1.250.000,50")]
    [InlineData("1250000,5")]
    public async Task Pesos_with_centavos_are_refused_as_the_message_says(string typed)
    {
        var (email, submissionId) = await factory.ManagerWithDraftAsync(await factory.CreateWaveAsync());
        var manager = await factory.SignedInClientAsync(email);
        var page = await manager.GetPageAsync($"/cuestionario/{submissionId}/financiacion");

        var response = await manager.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["opex_public_cop"] = typed });
        var answer = await response.ReadPageAsync();

        Assert.Contains("sin centavos", answer.QuerySelector("#opex_public_cop-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await LoadSubmissionAsync(factory, submissionId)).Answers.OpexPublicCop);
    }
}
