using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Tests.Initiatives;

public sealed class InitiativeCodeTests
{
    [Theory]
    [InlineData("IC-0001", 1, "IC-0001")]
    [InlineData(" ic-42 ", 42, "IC-0042")]
    [InlineData("IC-12345", 12345, "IC-12345")]
    public void A_code_is_read_as_typed_and_written_with_four_digits_at_least(string typed, int number, string written)
    {
        var code = InitiativeCode.Parse(typed);

        Assert.Equal(number, code.Number);
        Assert.Equal(written, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("IC-")]
    [InlineData("IC-0000")]
    [InlineData("IC-12a")]
    [InlineData("XX-0001")]
    [InlineData("IC-99999999999")]
    public void Anything_else_is_refused_in_spanish(string typed)
    {
        Assert.False(InitiativeCode.TryParse(typed, out _));
        Assert.Contains("no es un código de iniciativa", Assert.Throws<DomainException>(() => InitiativeCode.Parse(typed)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initiative_keeps_its_first_code_and_stamps_its_own_identity_on_answers()
    {
        var initiative = new Initiative("Cluster de Cacao", Department.FromCode("05"), null);
        initiative.AssignCode(InitiativeCode.FromNumber(7));

        Assert.Throws<InvalidOperationException>(() => initiative.AssignCode(InitiativeCode.FromNumber(8)));
        var answers = initiative.WithIdentity(new Answers { InitiativeName = "Otra iniciativa", Department = "66", Employment = 3 });
        Assert.Equal(("Cluster de Cacao", "05", 3), (answers.InitiativeName, answers.Department, answers.Employment));
        Assert.True(Initiative.IsIdentityField(FieldCodes.Department));
        Assert.False(Initiative.IsIdentityField(FieldCodes.ManagingEntityName));
    }
}
