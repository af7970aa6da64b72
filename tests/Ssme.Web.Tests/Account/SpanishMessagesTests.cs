using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Account;

public sealed class SpanishMessagesTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task A_registration_with_an_empty_confirmation_answers_only_in_spanish()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cuenta/registro");

        var page = await (await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
        {
            ["Form.DisplayName"] = "Ana Prueba",
            ["Form.Email"] = $"ana-{Guid.NewGuid():N}@ssme.test",
            ["Form.Password"] = TestAccounts.Password,
            ["Form.ConfirmPassword"] = string.Empty,
        })).ReadPageAsync();

        Assert.DoesNotContain("field is required", page.MainText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("The ", page.MainText(), StringComparison.Ordinal);
        Assert.Contains("Confirme la contraseña: no coincide con la contraseña.", page.MainText(), StringComparison.Ordinal);
    }
}
