using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Admin.Users;

public sealed class UserAdministrationTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task An_admin_creates_an_analyst_who_can_then_sign_in()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"analista-{Guid.NewGuid():N}@ssme.test";
        var form = await admin.GetPageAsync("/admin/usuarios/nueva");

        var response = await admin.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana Analista",
            ["Form.Email"] = email,
            ["Form.Password"] = "Analista-2025-x",
            ["Form.Role"] = Roles.Analyst,
        });

        Assert.Contains(email, (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
        await factory.SignedInClientAsync(email, "Analista-2025-x");
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_spanish()
    {
        var admin = await factory.AdminClientAsync();
        var form = await admin.GetPageAsync("/admin/usuarios/nueva");

        var response = await admin.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana",
            ["Form.Email"] = $"debil-{Guid.NewGuid():N}@ssme.test",
            ["Form.Password"] = "corta",
        });

        Assert.Contains("La contraseña debe tener al menos 10 caracteres.", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_changes_a_role_and_locks_and_unlocks_an_account()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var admin = await factory.AdminClientAsync();
        var list = await admin.GetPageAsync("/admin/usuarios");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        var userId = row.QuerySelector("input[name=id]")!.GetAttribute("value")!;

        list = await (await admin.SubmitAsync(list, $"form:has(select[id='role-{userId}'])", new Dictionary<string, string?> { ["role"] = Roles.Admin })).ReadPageAsync();
        list = await (await admin.SubmitAsync(list, $"form[action*='Lock']:has(input[value='{userId}'])")).ReadPageAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
            Assert.True(await users.IsLockedOutAsync(user));
        }

        await admin.SubmitAsync(list, $"form[action*='Unlock']:has(input[value='{userId}'])");
        await factory.SignedInClientAsync(email);
    }
}
