using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Ssme.Web.Tests.Support;

/// <summary>A signed-in client and the cookies its browser would hold, to replay them later as a thief or an old tab would.</summary>
public sealed record SignedInSession(HttpClient Client, string CookieHeader);

public static class Sessions
{
    private static readonly Uri Portal = new("https://localhost");

    public static async Task<SignedInSession> SignInSessionAsync(this SsmeAppFactory factory, string email, string password = TestAccounts.Password)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(Portal, new RedirectHandler(), new CookieContainerHandler(cookies));
        var response = await factory.PassSecondFactorAsync(client, await client.SubmitSignInAsync(email, password), email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/cuenta/ingresar", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return new SignedInSession(client, cookies.GetCookieHeader(Portal));
    }

    /// <summary>Sends a request carrying exactly <paramref name="cookieHeader"/>, following no redirect.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(this SsmeAppFactory factory, string cookieHeader, string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = Portal });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request);
    }

    public static bool SentToSignIn(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/cuenta/ingresar";
}
