using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

/// <summary>SPEC §11: sign-out, a lock, a role change and a password reset end every session of that person at once.</summary>
public sealed class SessionTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copied_cookie_and_other_devices()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var session = await factory.SignInSessionAsync(email);
        var otherDevice = await factory.SignInSessionAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await factory.ReplayAsync(session.CookieHeader, "/revision")).StatusCode);

        var home = await session.Client.GetPageAsync("/");
        await session.Client.SubmitAsync(home, "form[action='/cuenta/salir']");

        Assert.True((await factory.ReplayAsync(session.CookieHeader, "/revision")).SentToSignIn());
        Assert.True((await factory.ReplayAsync(otherDevice.CookieHeader, "/revision")).SentToSignIn());
    }

    [Fact]
    public async Task Locking_an_account_ends_its_sessions()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var session = await factory.SignInSessionAsync(email);
        var userId = await UserIdAsync(email);

        var admin = await factory.AdminClientAsync();
        var list = await admin.GetPageAsync("/admin/usuarios");
        await admin.SubmitAsync(list, $"form[action*='Lock']:has(input[value='{userId}'])");

        Assert.True((await factory.ReplayAsync(session.CookieHeader, "/revision")).SentToSignIn());
    }

    [Fact]
    public async Task A_demoted_administrator_can_no_longer_create_a_wave()
    {
        var email = await factory.CreateAccountAsync(Roles.Admin);
        var session = await factory.SignInSessionAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await factory.ReplayAsync(session.CookieHeader, "/olas/nueva")).StatusCode);
        var userId = await UserIdAsync(email);

        var admin = await factory.AdminClientAsync();
        var list = await admin.GetPageAsync("/admin/usuarios");
        await admin.SubmitAsync(list, $"form:has(select[id='role-{userId}'])", new Dictionary<string, string?> { ["role"] = Roles.Analyst });

        Assert.True((await factory.ReplayAsync(session.CookieHeader, "/olas/nueva")).SentToSignIn());
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_opened_with_the_old_password()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var session = await factory.SignInSessionAsync(email);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Otra-Clave-Nueva-2025");
            Assert.True(reset.Succeeded);
        }

        Assert.True((await factory.ReplayAsync(session.CookieHeader, "/revision")).SentToSignIn());
    }

    private Task<string> UserIdAsync(string email) =>
        factory.WithDbAsync(async db => (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, user => user.Email == email)).Id);
}
