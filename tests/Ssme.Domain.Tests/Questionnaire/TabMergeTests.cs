using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Tests.Questionnaire;

public sealed class TabMergeTests
{
    private static readonly QuestionField Professionals = QuestionnaireFields.Get("team_professionals");
    private static readonly QuestionField Barriers = QuestionnaireFields.Get("barriers");
    private static readonly QuestionField Notes = QuestionnaireFields.Get("desired_support");

    private static Answers Stored(QuestionField field, string? value) => field.TryAssign(new Answers(), value, ValueFormat.Typed).Answers;

    [Fact]
    public void A_field_this_tab_did_not_change_keeps_what_another_tab_stored() =>
        Assert.Equal(TabEdit.Untouched, TabMerge.Decide(Professionals, Stored(Professionals, "3"), loaded: "", typed: ""));

    [Fact]
    public void A_field_only_this_tab_changed_is_written() =>
        Assert.Equal(TabEdit.Write, TabMerge.Decide(Professionals, Stored(Professionals, "2"), loaded: "2", typed: "7"));

    [Fact]
    public void Both_tabs_writing_the_same_value_is_no_conflict() =>
        Assert.Equal(TabEdit.Write, TabMerge.Decide(Professionals, Stored(Professionals, "7"), loaded: "", typed: " 7 "));

    [Fact]
    public void Both_tabs_changing_the_same_field_differently_is_a_conflict() =>
        Assert.Equal(TabEdit.Conflict, TabMerge.Decide(Professionals, Stored(Professionals, "3"), loaded: "", typed: "7"));

    [Fact]
    public void Values_are_compared_as_answers_not_as_text()
    {
        Assert.Equal(TabEdit.Untouched, TabMerge.Decide(Barriers, Stored(Barriers, "financiacion;confianza"), loaded: "confianza;financiacion", typed: "financiacion;confianza"));
        Assert.Equal(TabEdit.Untouched, TabMerge.Decide(Notes, Stored(Notes, "uno\ndos"), loaded: "uno\ndos", typed: "uno\r\ndos"));
    }

    [Fact]
    public void A_value_that_does_not_parse_counts_as_a_change_so_its_message_is_shown() =>
        Assert.Equal(TabEdit.Write, TabMerge.Decide(Professionals, Stored(Professionals, "2"), loaded: "2", typed: "dos"));

    [Fact]
    public void Without_what_the_tab_loaded_the_typed_value_is_written() =>
        Assert.Equal(TabEdit.Write, TabMerge.Decide(Professionals, Stored(Professionals, "3"), loaded: null, typed: "7"));
}
