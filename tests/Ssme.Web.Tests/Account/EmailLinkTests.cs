using Microsoft.AspNetCore.Mvc.Testing;
using Ssme.Domain.Users;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

/// <summary>SPEC §11: links in e-mails come from Portal:BaseUrl, never from the Host header an attacker sends.</summary>
public sealed class EmailLinkTests(EmailLinkTests.PortalWithItsOwnAddress factory) : IClassFixture<EmailLinkTests.PortalWithItsOwnAddress>
{
    public sealed class PortalWithItsOwnAddress : SsmeAppFactory
    {
        public PortalWithItsOwnAddress() => With("Portal:BaseUrl", "https://portal.ssme.test/");
    }

    [Fact]
    public async Task A_password_reset_link_points_at_the_portal_whatever_host_the_request_named()
    {
        var email = await factory.CreateAccountAsync(Roles.Analyst);
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://atacante.example") });

        var form = await attacker.GetPageAsync("/cuenta/olvide-mi-contrasena");
        await attacker.SubmitAsync(form, "main form", new Dictionary<string, string?> { ["Email"] = email });
        var link = await Mailbox.LinkSentToAsync(factory.MailFolder, email);

        Assert.StartsWith("https://portal.ssme.test/cuenta/restablecer-contrasena?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_submission_links_the_manager_to_the_portal()
    {
        var wave = await factory.CreateWaveAsync();
        var (managerEmail, manager) = await Questionnaires.QuestionnaireFlow.RegisterManagerAsync(factory, "Cluster de Enlaces " + wave.Code);
        var submissionId = await Questionnaires.QuestionnaireFlow.StartAsync(manager, wave.Id);
        await Questionnaires.QuestionnaireFlow.FillEverythingAsync(manager, submissionId);
        await Questionnaires.QuestionnaireFlow.SendAsync(manager, submissionId);

        var analyst = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://atacante.example") });
        await SignInAsync(analyst, await factory.CreateAccountAsync(Roles.Analyst));
        var detail = await analyst.GetPageAsync($"/revision/cuestionario/{submissionId}");
        await analyst.SubmitAsync(detail, "form:has(input[name=action][value=Return])", new Dictionary<string, string?> { ["text"] = "Faltan soportes." });

        var messages = await Mailbox.MessagesToAsync(factory.MailFolder, managerEmail);
        Assert.Contains(messages, message => message.Contains($"https://portal.ssme.test/cuestionario/{submissionId}/perfil", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, message => message.Contains("atacante.example", StringComparison.Ordinal));
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/cuenta/ingresar");
        await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password });
    }
}
