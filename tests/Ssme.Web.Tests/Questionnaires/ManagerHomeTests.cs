using Ssme.Web.Tests.Support;
using static Ssme.Web.Tests.Questionnaires.QuestionnaireFlow;

namespace Ssme.Web.Tests.Questionnaires;

/// <summary>The manager's home page leads straight to the questionnaire of the open wave, whatever its state.</summary>
public sealed class ManagerHomeTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_home_page_names_the_open_wave_and_starts_its_questionnaire()
    {
        var wave = await factory.CreateWaveAsync();
        var (_, manager) = await RegisterManagerAsync(factory);

        var home = await manager.GetPageAsync("/");
        var card = home.QuerySelector($"main [data-wave='{wave.Code}']")!;

        Assert.Contains($"Cuestionario de la {wave.Name}", card.TextContent, StringComparison.Ordinal);
        var started = await manager.SubmitAsync(home, $"main [data-wave='{wave.Code}'] form");
        Assert.EndsWith("/perfil", started.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_continues_a_draft_at_its_first_incomplete_section()
    {
        var wave = await factory.CreateWaveAsync();
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, wave.Id);
        await SaveAsync(manager, submissionId, "perfil", CompleteAnswers["perfil"]);

        var home = await manager.GetPageAsync("/");
        var link = home.QuerySelector($"main [data-wave='{wave.Code}'] a")!;

        Assert.Equal($"/cuestionario/{submissionId}/enfoque-y-estrategia", link.GetAttribute("href"));
        Assert.Contains("Continuar", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_a_sent_questionnaire()
    {
        var wave = await factory.CreateWaveAsync();
        var (_, manager) = await RegisterManagerAsync(factory);
        var submissionId = await StartAsync(manager, wave.Id);
        await FillEverythingAsync(manager, submissionId);
        await SendAsync(manager, submissionId);

        var home = await manager.GetPageAsync("/");
        var link = home.QuerySelector($"main [data-wave='{wave.Code}'] a")!;

        Assert.Equal($"/cuestionario/{submissionId}/respuestas", link.GetAttribute("href"));
        Assert.Contains("Ver", link.TextContent, StringComparison.Ordinal);
    }
}
