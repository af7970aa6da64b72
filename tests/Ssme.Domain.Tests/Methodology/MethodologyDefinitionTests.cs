using System.Text.Json.Nodes;
using Ssme.Domain.Methodology;

namespace Ssme.Domain.Tests.Methodology;

public sealed class MethodologyDefinitionTests
{
    private static JsonObject RealDefinition()
    {
        using var stream = typeof(MethodologyCatalog).Assembly.GetManifestResourceStream(
            typeof(MethodologyCatalog).Assembly.GetManifestResourceNames().Single(name => name.EndsWith("ssme-2020.json", StringComparison.Ordinal)))!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static JsonObject VariableOf(JsonObject definition, string code) =>
        definition["variables"]!.AsArray().Select(node => node!.AsObject()).Single(variable => (string)variable["code"]! == code);

    private static string Rejection(Action<JsonObject> breakIt)
    {
        var definition = RealDefinition();
        breakIt(definition);
        return Assert.Throws<MethodologyDefinitionException>(() => MethodologyCatalog.Parse(definition.ToJsonString())).Message;
    }

    [Fact]
    public void The_shipped_definition_is_valid() =>
        Assert.Equal("ssme-2020", MethodologyCatalog.Parse(RealDefinition().ToJsonString()).Version);

    [Fact]
    public void Overlapping_bands_are_rejected_naming_the_variable()
    {
        var message = Rejection(definition => VariableOf(definition, "active_firms")["bands"]![1]!["minInclusive"] = true);

        Assert.Contains("«active_firms»", message, StringComparison.Ordinal);
        Assert.Contains("se superponen", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_between_bands_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "focus")["bands"]![1]!["min"] = 25);

        Assert.Contains("«focus»", message, StringComparison.Ordinal);
        Assert.Contains("sin nivel", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_monotonic_bounds_are_rejected()
    {
        var message = Rejection(definition =>
        {
            var bands = VariableOf(definition, "business_impact")["bands"]!;
            bands[1]!["max"] = 10;
            bands[2]!["min"] = 10;
        });

        Assert.Contains("«business_impact»", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_without_an_existing_area_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "collaboration")["area"] = 9);

        Assert.Contains("«collaboration»", message, StringComparison.Ordinal);
        Assert.Contains("el área 9 no existe", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_level_text_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "work_tables")["levelTexts"]!.AsObject().Remove("2"));

        Assert.Contains("«work_tables»", message, StringComparison.Ordinal);
        Assert.Contains("falta el texto del Nivel 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_answer_without_level_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "strategy")["choices"]!.AsObject().Remove("outdated"));

        Assert.Contains("«strategy»", message, StringComparison.Ordinal);
        Assert.Contains("«outdated» no tiene nivel", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_input_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "sustainability")["input"] = "months_of_luck");

        Assert.Contains("«sustainability»", message, StringComparison.Ordinal);
        Assert.Contains("months_of_luck", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_variable_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "activities")["code"] = "focus");

        Assert.Contains("«focus» está definida más de una vez", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_version_is_refused_clearly()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => MethodologyCatalog.LoadEmbedded().Get("ssme-1999"));

        Assert.Contains("ssme-2020", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_without_a_recommendation_for_a_level_below_3_is_rejected()
    {
        var message = Rejection(definition => VariableOf(definition, "sustainability")["recommendations"]!.AsObject().Remove("2"));

        Assert.Contains("«sustainability»", message, StringComparison.Ordinal);
        Assert.Contains("falta la recomendación del Nivel 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_variable_recommends_something_for_levels_1_and_2()
    {
        var methodology = MethodologyCatalog.Parse(RealDefinition().ToJsonString());

        Assert.All(methodology.Variables, variable =>
        {
            Assert.False(string.IsNullOrWhiteSpace(variable.Recommendation(Level.Basic)));
            Assert.False(string.IsNullOrWhiteSpace(variable.Recommendation(Level.Consolidating)));
            Assert.Null(variable.Recommendation(Level.Consolidated));
        });
    }
}
