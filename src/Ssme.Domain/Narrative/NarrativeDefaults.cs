using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Narrative;

/// <summary>
/// The texts a wave starts from (SPEC §12): the previous wave's texts when one was saved, the
/// presentation and background of the III Ola report otherwise, and always a methodology text
/// generated from the methodology version the wave pins, so a new wave never inherits the counting
/// rules of another.
/// </summary>
public static class NarrativeDefaults
{
    public const string Presentation =
        """
        La **Red Cluster Colombia** es la plataforma que gestiona la comunidad de las iniciativas *cluster* del país: crea sinergias y comparte conocimiento sobre estrategias, programas y proyectos de desarrollo e innovación empresarial alrededor del fortalecimiento de los clústeres.

        Sus retos:
        - Construir sobre lo construido, partiendo del conocimiento y los avances sectoriales de las regiones.
        - Propiciar espacios de articulación institucional, interregional e *inter-cluster* que generen nuevas oportunidades de mercado.
        - Apoyar la identificación de oportunidades de sofisticación productiva y el acceso de las empresas a nuevos mercados.
        - Gestionar una oferta formativa adecuada a las necesidades de las empresas de las iniciativas *cluster*.
        """;

    public const string Background =
        """
        **2016 – I Ola.** La Red Cluster Colombia planteó un Sistema de Seguimiento, Medición y Evaluación (SSME) para conocer el grado de desarrollo de las iniciativas *cluster* en Colombia, basado en un mecanismo de indicadores con tres dimensiones: gestión de la iniciativa *cluster*, desempeño de las empresas y del entorno, y cifras del clúster o aglomeración.

        **2018 – II Ola.** Se implementa la segunda ola del SSME, conservando la metodología de la anterior.

        **III Ola.** El SSME adopta la metodología de categorización que utiliza la Cámara de Comercio de Medellín para Antioquia, basada en la experiencia nacional (I y II Ola) e internacional (*Cluster Management Excellence*, de la Comisión Europea y la Secretaría Europea para el Análisis de Clusters).
        """;

    /// <summary>The texts of a wave that has none saved, starting from <paramref name="previous"/> (the latest earlier wave's saved texts) when there is one.</summary>
    public static NarrativeTexts StartingTexts(Wave wave, MethodologyDefinition methodology, NarrativeTexts? previous)
    {
        var start = previous ?? NarrativeTexts.Empty
            .With(NarrativeSection.Presentation, Presentation)
            .With(NarrativeSection.Background, Background);
        return start.With(NarrativeSection.Methodology, GeneratedMethodology(wave, methodology));
    }

    /// <summary>The areas and variables of the methodology and how levels are counted, in the narrative markup.</summary>
    public static string GeneratedMethodology(Wave wave, MethodologyDefinition methodology)
    {
        var lines = new List<string>
        {
            $"La {wave.Name} categoriza cada iniciativa *cluster* con la versión **{methodology.Version}** de la metodología («{methodology.Title}»), que evalúa {methodology.Areas.Count} áreas temáticas a través de {methodology.Variables.Count} variables:",
            string.Empty,
        };
        lines.AddRange(methodology.Areas.Select(area =>
            $"- **{area.Title}:** {string.Join(", ", methodology.VariablesOf(area).Select(variable => variable.Name))}."));
        lines.Add(string.Empty);
        lines.Add($"Cada variable ubica a la iniciativa en el {Level.Basic.ToSpanish()}, el {Level.Consolidating.ToSpanish()} o el {Level.Consolidated.ToSpanish()} según los valores del anexo. Los porcentajes se comparan de forma exacta, sin redondear. Cuando un porcentaje no tiene base (sin empresas, sin actividades o sin recursos), la variable queda «{LevelText.NoData}»: no cuenta en el promedio de su área ni en el total de iniciativas (n) de esa variable.");
        lines.Add(string.Empty);
        lines.Add("El nivel de cada área es el promedio de los niveles de sus variables con dato, redondeado al entero más cercano (las mitades hacia arriba). El nivel general de la iniciativa es el promedio de los niveles de sus áreas, redondeado de la misma forma.");
        lines.Add(string.Empty);
        lines.Add($"Se categorizan las iniciativas con el cuestionario enviado o aceptado y con información del periodo de análisis, el año {wave.PeriodYear.ToString(EsCo.Culture)}; los borradores, los cuestionarios devueltos para corrección y los excluidos no se categorizan. Recolección: del {LongDate(wave.OpensOn)} al {LongDate(wave.ClosesOn)}.");
        return string.Join('\n', lines);
    }

    private static string LongDate(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", EsCo.Culture);
}
