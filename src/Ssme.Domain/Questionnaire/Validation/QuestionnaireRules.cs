namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>Every section's rules together: what a submission must satisfy to be sent or imported as sent.</summary>
public static class QuestionnaireRules
{
    public static IReadOnlyList<Section> QuestionSections { get; } = SectionText.All.Where(section => section != Section.Review).ToList();

    public static IReadOnlyList<FieldProblem> CheckSubmission(Answers answers) =>
        QuestionSections.SelectMany(section => SectionValidator.For(section, complete: true).Check(answers)).ToList();

    /// <summary>
    /// Whether the section is done. Until the period question of Perfil is answered the other
    /// sections are not known to apply, so none counts as complete (a new draft shows 0, not 7 of 8).
    /// </summary>
    public static bool IsSectionComplete(Section section, Answers answers) =>
        section == Section.Review
        || ((section == Section.Profile || answers.HasPeriodData is not null)
            && SectionValidator.For(section, complete: true).Check(answers).Count == 0);
}
