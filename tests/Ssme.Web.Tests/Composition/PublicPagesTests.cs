using System.Net;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

/// <summary>GOV.CO conventions (MinTIC Resolución 1519 de 2020): top bar, a footer that names the entity, and public accessibility and site-map pages.</summary>
public sealed class PublicPagesTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Theory]
    [InlineData("/accesibilidad", "Declaración de accesibilidad")]
    [InlineData("/mapa-del-sitio", "Mapa del sitio")]
    [InlineData("/resultados", "Resultados publicados")]
    public async Task The_accessibility_statement_and_the_site_map_are_public(string url, string heading)
    {
        var response = await factory.AnonymousClient().GetAsync(new Uri(url, UriKind.Relative));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_page_carries_the_gov_co_bar_and_a_footer_with_the_entity_and_its_links()
    {
        var page = await (await factory.AnonymousClient().GetAsync(new Uri("/cuenta/ingresar", UriKind.Relative))).ReadPageAsync();

        Assert.Equal("https://www.gov.co/", page.QuerySelector(".govco-bar a")!.GetAttribute("href"));
        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.Contains("Confecámaras", footer.TextContent, StringComparison.Ordinal);
        var links = footer.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/accesibilidad", links);
        Assert.Contains("/mapa-del-sitio", links);
        Assert.Contains("/resultados", links);
    }

    [Fact]
    public async Task The_site_map_lists_only_what_the_person_may_open()
    {
        var anonymous = await (await factory.AnonymousClient().GetAsync(new Uri("/mapa-del-sitio", UriKind.Relative))).ReadPageAsync();
        var admin = await (await factory.AdminClientAsync()).GetPageAsync("/mapa-del-sitio");

        var anonymousLinks = anonymous.QuerySelectorAll("main a").Select(link => link.GetAttribute("href")).ToList();
        var adminLinks = admin.QuerySelectorAll("main a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/cuenta/ingresar", anonymousLinks);
        Assert.DoesNotContain("/olas", anonymousLinks);
        Assert.Contains("/olas", adminLinks);
        Assert.Contains("/admin/usuarios", adminLinks);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ssme@ejemplo.org")]
    public async Task The_accessibility_statement_names_the_same_contact_channel_as_the_footer(string? contact)
    {
        using var configured = new SsmeAppFactory().With("Portal:ContactEmail", contact);
        var page = await (await configured.AnonymousClient().GetAsync(new Uri("/accesibilidad", UriKind.Relative))).ReadPageAsync();

        var footerChannel = page.QuerySelector("footer.site-footer .contact-channel");
        var statementChannel = page.QuerySelector("main .contact-channel");
        Assert.NotNull(footerChannel);
        Assert.NotNull(statementChannel);
        Assert.Equal(footerChannel.TextContent.Trim(), statementChannel.TextContent.Trim());
        if (contact is null)
        {
            Assert.Contains("Confecámaras", statementChannel.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("al pie", page.MainText(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal($"mailto:{contact}", statementChannel.QuerySelector("a")!.GetAttribute("href"));
        }
    }
}
