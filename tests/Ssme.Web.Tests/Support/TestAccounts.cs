using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Web.Tests.Support;

public static class TestAccounts
{
    public const string Password = "Clave-Segura-2025";

    public const string SecondFactorPath = "/cuenta/segundo-factor";

    public const string EnrolmentPath = "/cuenta/autenticador";

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

    /// <summary>
    /// A client signed in through the real sign-in page, with the authenticator code when the account
    /// has a second factor, enrolling first when the portal requires it (admins).
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(this SsmeAppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateClient();
        var response = await factory.PassSecondFactorAsync(client, await client.SubmitSignInAsync(email, password), email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/cuenta/ingresar", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual(SecondFactorPath, response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    /// <summary>Types e-mail and password into the sign-in page; the response is where the portal sent the person.</summary>
    public static async Task<HttpResponseMessage> SubmitSignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetPageAsync("/cuenta/ingresar");
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Types the authenticator code when the portal asks for it, or enrols when it requires enrolment.</summary>
    public static async Task<HttpResponseMessage> PassSecondFactorAsync(this SsmeAppFactory factory, HttpClient client, HttpResponseMessage response, string email)
    {
        var form = response.RequestMessage!.RequestUri!.AbsolutePath switch
        {
            SecondFactorPath => "#second-factor-form",
            EnrolmentPath => "#authenticator-form",
            _ => null,
        };
        if (form is null)
        {
            return response;
        }

        var page = await response.ReadPageAsync();
        var code = Totp.Code(await factory.AuthenticatorKeyAsync(email), DateTimeOffset.UtcNow);
        return await client.SubmitAsync(page, form, new Dictionary<string, string?> { ["Code"] = code });
    }

    /// <summary>The Base32 key the person's authenticator app holds.</summary>
    public static async Task<string> AuthenticatorKeyAsync(this SsmeAppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key yet.");
    }

    /// <summary>Enrols an authenticator for the account directly, as if the person had done it on the page.</summary>
    public static async Task EnableAuthenticatorAsync(this IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
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
