using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;

namespace Ssme.Domain.Tests.Questionnaire;

/// <summary>SPEC §4: progress is honest — a section counts as complete only once it is answered.</summary>
public sealed class ProgressTests
{
    private static readonly Answers NewDraft = new()
    {
        InitiativeName = "Cluster Lácteo",
        Department = "52",
        ManagingEntityName = "Cámara de Comercio de Pasto",
        ManagingEntityType = ManagingEntityType.CamaraComercio,
        Macrosector = Macrosector.Agroindustria,
    };

    [Fact]
    public void A_new_draft_has_no_complete_section()
    {
        Assert.DoesNotContain(QuestionnaireRules.QuestionSections, section => QuestionnaireRules.IsSectionComplete(section, NewDraft));
    }

    [Fact]
    public void Once_the_period_question_is_answered_the_sections_it_opens_are_pending_and_those_it_skips_are_done()
    {
        var withData = NewDraft with { HasPeriodData = true };
        var withoutData = NewDraft with { HasPeriodData = false };

        Assert.True(QuestionnaireRules.IsSectionComplete(Section.Profile, withData));
        Assert.False(QuestionnaireRules.IsSectionComplete(Section.Firms, withData));
        Assert.All(QuestionnaireRules.QuestionSections, section => Assert.True(QuestionnaireRules.IsSectionComplete(section, withoutData)));
    }
}
