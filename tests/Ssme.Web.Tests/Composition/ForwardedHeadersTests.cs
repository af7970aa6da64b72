using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Composition;

/// <summary>SPEC §11: rate limits key on the client address as seen through configured proxies only.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task A_forged_forwarded_for_from_a_client_does_not_buy_more_sign_in_attempts()
    {
        using var app = new SsmeAppFactory().With("Security:SignInPermitsPerMinute", "3");
        using var factory = DirectFromLoopback(app);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add(await SignInAttemptAsync(client, $"203.0.113.{attempt + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(status => status != HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_client_has_its_own_allowance()
    {
        using var app = new SsmeAppFactory()
            .With("Security:SignInPermitsPerMinute", "3")
            .With("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        using var factory = DirectFromLoopback(app);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var first = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            first.Add(await SignInAttemptAsync(client, "198.51.100.7"));
        }

        var second = await SignInAttemptAsync(client, "198.51.100.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second);
    }

    private static async Task<HttpStatusCode> SignInAttemptAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/cuenta/ingresar", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "nadie@ssme.test", ["Input.Password"] = "x" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    /// <summary>The test server has no socket; give every request the loopback address a local attacker or a local proxy would have.</summary>
    private static WebApplicationFactory<Program> DirectFromLoopback(SsmeAppFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, LoopbackClient>()));

    private sealed class LoopbackClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
