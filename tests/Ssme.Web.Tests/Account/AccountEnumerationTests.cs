using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

/// <summary>No answer of the public account pages tells whether an e-mail has an account (SPEC §11).</summary>
public sealed class AccountEnumerationTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Registering_an_e_mail_that_has_an_account_answers_like_a_new_one_and_tells_the_owner()
    {
        var email = $"gerente-{Guid.NewGuid():N}@ssme.test";

        var first = await RegisterAsync(email, $"Cluster {Guid.NewGuid():N}");
        var second = await RegisterAsync(email, $"Cluster {Guid.NewGuid():N}");

        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Text, second.Text);
        Assert.Contains("Registro recibido", second.Text, StringComparison.Ordinal);
        var messages = await Mailbox.MessagesToAsync(factory.MailFolder, email);
        Assert.Equal(2, messages.Count);
        Assert.Contains("Alguien intentó registrarse con su correo", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_with_a_weak_password_is_refused_the_same_way_for_an_existing_e_mail()
    {
        var existing = await factory.CreateAccountAsync(Roles.Analyst);

        var known = await RegisterAsync(existing, $"Cluster {Guid.NewGuid():N}", password: "corta");
        var unknown = await RegisterAsync(existing.Replace("analyst-", "nuevo-", StringComparison.Ordinal), $"Cluster {Guid.NewGuid():N}", password: "corta");

        Assert.Equal(unknown.Status, known.Status);
        Assert.Contains("La contraseña debe tener al menos 10 caracteres.", known.Text, StringComparison.Ordinal);
        Assert.Equal(unknown.Text, known.Text);
    }

    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_account_a_wrong_password_a_locked_and_an_unconfirmed_account()
    {
        var wrongPassword = await factory.CreateAccountAsync(Roles.Analyst);
        var locked = await factory.CreateAccountAsync(Roles.Analyst);
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddHours(1));
        });
        var unconfirmed = $"sin-confirmar-{Guid.NewGuid():N}@ssme.test";
        await RegisterAsync(unconfirmed, $"Cluster {Guid.NewGuid():N}");

        var unknownAnswer = await SignInAsync($"nadie-{Guid.NewGuid():N}@ssme.test", "incorrecta-123");
        var wrongAnswer = await SignInAsync(wrongPassword, "incorrecta-123");
        var lockedAnswer = await SignInAsync(locked, TestAccounts.Password);
        var unconfirmedAnswer = await SignInAsync(unconfirmed, TestAccounts.Password);

        Assert.All([wrongAnswer, lockedAnswer, unconfirmedAnswer], answer => Assert.Equal(unknownAnswer, answer));
        Assert.Contains("Correo o contraseña incorrectos", unknownAnswer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfirmed_account_locks_after_five_failed_sign_ins()
    {
        var email = $"sin-confirmar-{Guid.NewGuid():N}@ssme.test";
        await RegisterAsync(email, $"Cluster {Guid.NewGuid():N}");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(email, "incorrecta-123");
        }

        var link = await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        var anonymous = factory.CreateClient();
        Assert.Contains("Su correo quedó confirmado", (await anonymous.GetPageAsync(new Uri(link).PathAndQuery)).MainText(), StringComparison.Ordinal);
        var afterConfirming = await SignInAsync(email, TestAccounts.Password);

        Assert.Equal("/cuenta/ingresar", afterConfirming.Path);
        Assert.Contains("bloqueada temporalmente", afterConfirming.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_to_reset_the_password_answers_the_same_for_an_unknown_e_mail()
    {
        var existing = await factory.CreateAccountAsync(Roles.Analyst);

        var known = await ForgotPasswordAsync(existing);
        var unknown = await ForgotPasswordAsync($"nadie-{Guid.NewGuid():N}@ssme.test");

        Assert.Equal(unknown, known);
        await Mailbox.LinkSentToAsync(factory.MailFolder, existing);
    }

    private async Task<Answer> RegisterAsync(string email, string initiative, string password = TestAccounts.Password)
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");
        var response = await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Gloria Gerente",
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["Form.ConfirmPassword"] = password,
            ["Form.InitiativeName"] = initiative,
            ["Form.Department"] = "66",
            ["Form.ManagingEntityName"] = "Cámara de Comercio de Pereira",
            ["Form.ManagingEntityType"] = "camara_comercio",
            ["Form.Macrosector"] = "agroindustria",
            ["Form.Consent"] = "true",
        });
        return await Answer.ReadAsync(response, email);
    }

    private async Task<Answer> SignInAsync(string email, string password)
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        return await Answer.ReadAsync(response, email);
    }

    private async Task<Answer> ForgotPasswordAsync(string email)
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cuenta/olvide-mi-contrasena");
        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Email"] = email });
        return await Answer.ReadAsync(response, email);
    }

    /// <summary>What a person reads: status, address and main text, with the e-mail they typed blanked out.</summary>
    private sealed record Answer(HttpStatusCode Status, string Path, string Text)
    {
        public static async Task<Answer> ReadAsync(HttpResponseMessage response, string typedEmail) =>
            new(response.StatusCode, response.RequestMessage!.RequestUri!.AbsolutePath, (await response.ReadPageAsync()).MainText().Replace(typedEmail, "…", StringComparison.Ordinal));
    }
}
