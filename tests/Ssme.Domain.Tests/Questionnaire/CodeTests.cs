using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Tests.Questionnaire;

public sealed class CodeTests
{
    [Fact]
    public void Choices_convert_to_and_from_their_snake_case_codes()
    {
        Assert.Equal("camara_comercio", ChoiceCode.ToCode(ManagingEntityType.CamaraComercio));
        Assert.Equal("full_time_formal", ChoiceCode.ToCode(ClusterManagerStatus.FullTimeFormal));
        Assert.True(ChoiceCode.TryParse<ActionPlanStatus>(" Not_Updated_Annually ", out var plan));
        Assert.Equal(ActionPlanStatus.NotUpdatedAnnually, plan);
        Assert.False(ChoiceCode.TryParse<Macrosector>("mineria", out _));
        Assert.Equal(["servicios", "manufactura", "agroindustria"], ChoiceCode.Codes<Macrosector>());
    }

    [Fact]
    public void Multi_choices_round_trip_and_report_unknown_codes()
    {
        var parsed = ChoiceCode.ParseCodes<BusinessImpacts>("idi; productividad;;magia", out var unknown);

        Assert.Equal(BusinessImpacts.Idi | BusinessImpacts.Productividad, parsed);
        Assert.Equal(["magia"], unknown);
        Assert.Equal("idi;productividad", ChoiceCode.ToCodes(parsed));
        Assert.Equal(string.Empty, ChoiceCode.ToCodes(BusinessImpacts.None));
    }

    [Theory]
    [InlineData("bogota d.c.", "11")]
    [InlineData("BOGOTÁ D.C.", "11")]
    [InlineData("Bogotá", "11")]
    [InlineData("5", "05")]
    [InlineData("05", "05")]
    [InlineData("narino", "52")]
    [InlineData("  Norte de Santander ", "54")]
    public void Departments_are_found_by_name_or_divipola_code(string text, string code) =>
        Assert.Equal(code, Department.Find(text)!.Code);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("12")]
    [InlineData("")]
    public void Unknown_departments_are_not_found(string text) =>
        Assert.Null(Department.Find(text));

    [Fact]
    public void There_are_33_departments() => Assert.Equal(33, Department.All.Count);
}
