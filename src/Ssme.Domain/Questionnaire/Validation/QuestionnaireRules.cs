namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>Every section's rules together: what a submission must satisfy to be sent or imported as sent.</summary>
public static class QuestionnaireRules
{
    public static IReadOnlyList<Section> QuestionSections { get; } = SectionText.All.Where(section => section != Section.Review).ToList();

    public static IReadOnlyList<FieldProblem> CheckSubmission(Answers answers) =>
        QuestionSections.SelectMany(section => SectionValidator.For(section, complete: true).Check(answers)).ToList();

    public static bool IsSectionComplete(Section section, Answers answers) =>
        section == Section.Review || SectionValidator.For(section, complete: true).Check(answers).Count == 0;
}
