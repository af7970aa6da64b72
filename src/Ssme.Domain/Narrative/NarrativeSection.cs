namespace Ssme.Domain.Narrative;

/// <summary>The editable texts of a wave's report (SPEC §12), in the order the report prints them.</summary>
public enum NarrativeSection
{
    Presentation,
    Background,
    Methodology,
    Conclusions,
    Recommendations,
    Level3Profile,
    Level2Profile,
    Level1Profile,
}

public static class NarrativeSectionText
{
    public static IReadOnlyList<NarrativeSection> All { get; } = Enum.GetValues<NarrativeSection>();

    /// <summary>The Spanish name of the text, as the editing page labels it and its messages name it.</summary>
    public static string ToSpanish(this NarrativeSection section) => section switch
    {
        NarrativeSection.Presentation => "Presentación",
        NarrativeSection.Background => "Antecedentes",
        NarrativeSection.Methodology => "Metodología",
        NarrativeSection.Conclusions => "Conclusiones",
        NarrativeSection.Recommendations => "Recomendaciones",
        NarrativeSection.Level3Profile => "Perfil del Nivel 3: Consolidada",
        NarrativeSection.Level2Profile => "Perfil del Nivel 2: En consolidación",
        NarrativeSection.Level1Profile => "Perfil del Nivel 1: Básico",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
