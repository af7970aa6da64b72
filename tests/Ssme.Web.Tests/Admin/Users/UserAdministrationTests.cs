using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Admin.Users;

public sealed class UserAdministrationTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task An_account_for_an_email_that_has_one_is_refused_naming_the_field()
    {
        var admin = await factory.AdminClientAsync();
        var existing = await factory.CreateAccountAsync(Roles.Analyst);
        var form = await admin.GetPageAsync("/admin/usuarios/nueva");

        var response = await admin.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana Repetida",
            ["Form.Email"] = existing,
            ["Form.Role"] = Roles.Admin,
        });

        Assert.Contains($"Correo electrónico: ya existe una cuenta con el correo {existing}.", (await response.ReadPageAsync()).MainText(), StringComparison.Ordinal);
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
