using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Methodology;
using Ssme.Web.Tests.Questionnaires;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Reports;

public sealed class FichaPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_manager_reads_the_ficha_as_a_page_once_accepted_and_an_analyst_at_any_time()
    {
        var wave = await factory.CreateWaveAsync();
        var (_, manager) = await QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster de Página " + wave.Code);
        var submissionId = await QuestionnaireFlow.StartAsync(manager, wave.Id);
        await QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        await QuestionnaireFlow.SendAsync(manager, submissionId);
        var (_, other) = await QuestionnaireFlow.RegisterManagerAsync(factory);
        var url = new Uri($"/cuestionario/{submissionId}/resultado", UriKind.Relative);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await manager.GetAsync(url)).StatusCode);

        var analyst = await factory.ClientInRoleAsync(Ssme.Domain.Users.Roles.Analyst);
        var detail = await analyst.GetPageAsync($"/revision/cuestionario/{submissionId}");
        var analystLink = detail.QuerySelectorAll("a").First(a => a.TextContent.Contains("Ver la ficha", StringComparison.Ordinal)).GetAttribute("href")!;
        var analystPage = (await analyst.GetPageAsync(analystLink)).MainText();
        await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Accept])");
        var index = await manager.GetPageAsync("/cuestionario");
        var managerLink = index.QuerySelectorAll("a").First(a => a.TextContent.Contains("Ver ficha", StringComparison.Ordinal)).GetAttribute("href")!;
        var managerPage = (await manager.GetPageAsync(managerLink)).MainText();

        var answers = await factory.WithDbAsync(db => db.Submissions.AsNoTracking().Where(item => item.Id == submissionId).Select(item => item.Answers).SingleAsync());
        var result = Categorizer.Categorize(answers, MethodologyCatalog.LoadEmbedded().Get(wave.MethodologyVersion));
        foreach (var text in new[] { analystPage, managerPage })
        {
            Assert.Contains($"Nivel general {result.Overall!.Value.ToSpanish()}", text, StringComparison.Ordinal);
            foreach (var area in result.Areas)
            {
                Assert.Contains($"{area.Area.Title} {area.Mean!.Value.ToString("0.00", Ssme.Domain.Common.EsCo.Culture)}", text, StringComparison.Ordinal);
            }

            foreach (var variable in result.Variables.Where(item => item.Level is Level.Basic or Level.Consolidating))
            {
                Assert.Contains(variable.DistanceToNextLevel!.Text, text, StringComparison.Ordinal);
                Assert.Contains(variable.Variable.Recommendation(variable.Level!.Value)!, text, StringComparison.Ordinal);
            }

            Assert.Contains("grupo muy pequeño", text, StringComparison.Ordinal);
            Assert.Contains("La iniciativa no fue categorizada en una ola anterior.", text, StringComparison.Ordinal);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }
}
