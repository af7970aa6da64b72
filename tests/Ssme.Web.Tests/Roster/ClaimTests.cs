using Microsoft.EntityFrameworkCore;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Roster;

/// <summary>Claims (SPEC §10): registering an initiative that exists without a manager asks an admin instead of refusing.</summary>
public sealed class ClaimTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Registering_a_known_initiative_without_a_manager_creates_a_claim_that_an_admin_approves_and_the_person_is_told()
    {
        var initiative = await RosterFlow.KnownInitiativeAsync(factory, RosterFlow.Unique("Iniciativa Cluster Reclamada"), "66");
        var email = $"reclama-{Guid.NewGuid():N}@ssme.test";

        var answer = await RegisterAsync(email, initiative.Name);

        Assert.Contains("Registro recibido", answer, StringComparison.Ordinal);
        Assert.Contains("un administrador confirmará", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("con su propio gerente", answer, StringComparison.Ordinal);
        var confirmation = await Mailbox.LinkSentToAsync(factory.MailFolder, email);
        await factory.CreateClient().GetPageAsync(new Uri(confirmation).PathAndQuery);
        var waiting = await (await factory.SignedInClientAsync(email)).GetPageAsync("/cuestionario");
        Assert.Contains($"Su solicitud para ser responsable de «{initiative.Name}» espera la confirmación de un administrador", waiting.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("no tiene una iniciativa cluster asignada", waiting.MainText(), StringComparison.Ordinal);

        var admin = await factory.AdminClientAsync();
        var claims = await admin.GetPageAsync("/convocatoria/solicitudes");
        var row = claims.QuerySelectorAll("#claims tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains(initiative.Name, row.TextContent, StringComparison.Ordinal);
        var approved = await (await admin.SubmitAsync(claims, $"#{row.QuerySelector("form.approve")!.GetAttribute("id")}")).ReadPageAsync();

        Assert.Contains($"«{initiative.Name}» tiene ahora como responsable a", approved.MainText(), StringComparison.Ordinal);
        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        Assert.Contains("confirmó que usted es responsable", (await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1], StringComparison.Ordinal);
        var manager = await factory.SignedInClientAsync(email);
        Assert.Contains(initiative.Name, (await manager.GetPageAsync("/cuestionario")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_claim_leaves_the_initiative_without_a_manager_and_tells_the_person()
    {
        var initiative = await RosterFlow.KnownInitiativeAsync(factory, RosterFlow.Unique("Iniciativa Cluster Rechazada"), "05");
        var email = $"rechazada-{Guid.NewGuid():N}@ssme.test";
        await RegisterAsync(email, initiative.Name, "05");

        var admin = await factory.AdminClientAsync();
        var claims = await admin.GetPageAsync("/convocatoria/solicitudes");
        var row = claims.QuerySelectorAll("#claims tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
        await admin.SubmitAsync(claims, $"#{row.QuerySelector("form.reject")!.GetAttribute("id")}");

        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        Assert.Contains("no confirmó su solicitud", (await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1], StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == initiative.Id).Select(i => i.ManagerUserId).SingleAsync()));
    }

    [Fact]
    public async Task A_manager_account_without_an_initiative_that_registers_for_a_known_one_gets_a_claim_and_a_stranger_typing_its_email_does_not()
    {
        var initiative = await RosterFlow.KnownInitiativeAsync(factory, RosterFlow.Unique("Iniciativa Cluster Cuenta Existente"), "66");
        var email = await factory.CreateAccountAsync(Ssme.Domain.Users.Roles.ClusterManager);

        var stranger = await RegisterAsync(email, initiative.Name, password: "Otra-Clave-Larga-2025");
        Assert.Empty(await ClaimsOfAsync(email));
        var owner = await RegisterAsync(email, initiative.Name);

        Assert.Equal(stranger, owner);
        Assert.Contains("un administrador confirmará", owner, StringComparison.Ordinal);
        Assert.Equal(initiative.Id, Assert.Single(await ClaimsOfAsync(email)));
        await Mailbox.WaitForMessagesAsync(factory.MailFolder, email, 2);
        Assert.Contains("Un administrador del SSME confirmará la solicitud", (await Mailbox.MessagesToAsync(factory.MailFolder, email))[^1], StringComparison.Ordinal);
        var claims = await (await factory.AdminClientAsync()).GetPageAsync("/convocatoria/solicitudes");
        Assert.Contains(claims.QuerySelectorAll("#claims tbody tr"), tr => tr.TextContent.Contains(email, StringComparison.Ordinal));
    }

    private Task<List<int>> ClaimsOfAsync(string email) =>
        factory.WithDbAsync(db => db.InitiativeClaims.Where(claim => claim.UserId == db.Users.Single(user => user.Email == email).Id).Select(claim => claim.InitiativeId).ToListAsync());

    private async Task<string> RegisterAsync(string email, string initiative, string department = "66", string password = TestAccounts.Password)
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");
        var response = await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Rocío Reclamo",
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["Form.ConfirmPassword"] = password,
            ["Form.InitiativeName"] = initiative,
            ["Form.Department"] = department,
            ["Form.ManagingEntityName"] = "Cámara de Comercio",
            ["Form.ManagingEntityType"] = "camara_comercio",
            ["Form.Macrosector"] = "agroindustria",
            ["Form.Consent"] = "true",
        });
        return (await response.ReadPageAsync()).MainText();
    }
}
