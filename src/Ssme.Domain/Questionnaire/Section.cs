namespace Ssme.Domain.Questionnaire;

/// <summary>The questionnaire's sections, in the order a manager fills them.</summary>
public enum Section
{
    Profile,
    FocusAndStrategy,
    Firms,
    Governance,
    ActivitiesAndCollaboration,
    Funding,
    Impacts,
    BarriersAndContext,
    Review,
}

public static class SectionText
{
    public static IReadOnlyList<Section> All { get; } = Enum.GetValues<Section>();

    public static string Title(this Section section) => section switch
    {
        Section.Profile => "Perfil",
        Section.FocusAndStrategy => "Enfoque y estrategia",
        Section.Firms => "Empresas participantes",
        Section.Governance => "Gobernanza",
        Section.ActivitiesAndCollaboration => "Actividades y colaboración",
        Section.Funding => "Financiación",
        Section.Impacts => "Impactos",
        Section.BarriersAndContext => "Barreras y coyuntura",
        Section.Review => "Revisión y envío",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>The section's URL segment.</summary>
    public static string Slug(this Section section) => section switch
    {
        Section.Profile => "perfil",
        Section.FocusAndStrategy => "enfoque-y-estrategia",
        Section.Firms => "empresas",
        Section.Governance => "gobernanza",
        Section.ActivitiesAndCollaboration => "actividades",
        Section.Funding => "financiacion",
        Section.Impacts => "impactos",
        Section.BarriersAndContext => "barreras",
        Section.Review => "revision",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    public static Section? FromSlug(string? slug) =>
        All.Cast<Section?>().FirstOrDefault(section => section!.Value.Slug() == slug);
}
