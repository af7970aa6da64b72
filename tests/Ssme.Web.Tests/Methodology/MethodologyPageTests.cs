using Ssme.Domain.Methodology;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Methodology;

public sealed class MethodologyPageTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task The_page_renders_every_rule_of_the_definition()
    {
        var client = await factory.ClientInRoleAsync(Roles.ClusterManager);
        var definition = MethodologyCatalog.LoadEmbedded().Get("ssme-2020");

        var page = await client.GetPageAsync("/metodologia");
        var rows = page.QuerySelectorAll("table.methodology tbody tr");

        Assert.Equal(definition.Variables.Count, rows.Length);
        foreach (var (variable, row) in definition.Variables.Zip(rows))
        {
            Assert.Equal(variable.Name, row.QuerySelector("th[scope=row]")!.TextContent.Trim());
            var cells = row.QuerySelectorAll("td");
            foreach (var (level, cell) in LevelText.All.Zip(cells))
            {
                Assert.Contains(variable.LevelTexts[level], cell.TextContent, StringComparison.Ordinal);
                if (variable.Kind != RuleKind.Choice)
                {
                    Assert.Contains(variable.RuleText(level), cell.TextContent, StringComparison.Ordinal);
                }
            }
        }

        Assert.Contains("60 % < x < 80 %", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_version_is_not_found()
    {
        var client = await factory.ClientInRoleAsync(Roles.Analyst);

        var response = await client.GetAsync(new Uri("/metodologia?version=ssme-1999", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
