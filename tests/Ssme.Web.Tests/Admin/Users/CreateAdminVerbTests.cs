using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Admin.Users;

public sealed class CreateAdminVerbTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Create_admin_makes_an_administrator_and_a_weak_password_leaves_no_account()
    {
        var created = await factory.RunVerbAsync("create-admin", "--email", "jefe@ssme.test", "--password", "Jefe-Clave-2025");
        var weak = await factory.RunVerbAsync("create-admin", "--email", "debil@ssme.test", "--password", "corta");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.NotEqual(0, weak.ExitCode);
        Assert.Single(weak.Error.Trim().Split('\n'));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("jefe@ssme.test");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.Null(await users.FindByEmailAsync("debil@ssme.test"));
    }
}
