namespace Ssme.Domain.Questionnaire.Validation;

/// <summary>Every section's rules together: what a submission must satisfy to be sent or imported as sent.</summary>
public static class QuestionnaireRules
{
    // Open answers and "mark all that apply" lists may stay empty in a complete questionnaire.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        FieldCodes.BarriersOther, FieldCodes.DesiredSupport, FieldCodes.ImpactsBusiness, FieldCodes.ImpactsTerritorial, FieldCodes.Barriers, FieldCodes.EmergencyActions,
    };

    public static IReadOnlyList<Section> QuestionSections { get; } = SectionText.All.Where(section => section != Section.Review).ToList();

    /// <summary>Whether a complete questionnaire must answer the question (outside Perfil, when the initiative has data for the period).</summary>
    public static bool IsRequired(QuestionField field) => !Optional.Contains(field.Code);

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
