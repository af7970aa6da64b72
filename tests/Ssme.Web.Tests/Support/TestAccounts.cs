using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Web.Tests.Support;

public static class TestAccounts
{
    public const string Password = "Clave-Segura-2025";

    /// <summary>Creates a confirmed account with <paramref name="role"/> and returns its email.</summary>
    public static async Task<string> CreateAccountAsync(this SsmeAppFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ssme.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationHandler>()
            .CreateAccountAsync(email, $"Persona {role}", Password, role, Actor.System, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return email;
    }

    /// <summary>A client signed in through the real sign-in page.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this SsmeAppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/cuenta/ingresar", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return client;
    }

    public static Task<HttpClient> AdminClientAsync(this SsmeAppFactory factory) =>
        factory.SignedInClientAsync(SsmeAppFactory.AdminEmail, SsmeAppFactory.AdminPassword);

    public static async Task<HttpClient> ClientInRoleAsync(this SsmeAppFactory factory, string role) =>
        await factory.SignedInClientAsync(await factory.CreateAccountAsync(role));

    public static HttpClient AnonymousClient(this SsmeAppFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });
}
