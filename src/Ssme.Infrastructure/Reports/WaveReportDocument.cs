using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Reporting;
using Ssme.Infrastructure.Pdf;

namespace Ssme.Infrastructure.Reports;

/// <summary>The wave report's content, following the III Ola report's structure; layout lives in <see cref="PdfComposer"/>.</summary>
public static class WaveReportDocument
{
    public static void Write(WaveReport report, NarrativeTexts narrative, DateTimeOffset generatedAt, Stream output, CancellationToken cancellationToken)
    {
        var wave = report.Wave;
        using var pdf = new PdfComposer(new PdfDocumentInfo($"Informe SSME · {wave.Name}", "Red Cluster Colombia", $"SSME · {wave.Name} · año analizado {wave.PeriodYear}"));
        pdf.CoverPage(
            "Sistema de Seguimiento, Medición y Evaluación (SSME)",
            $"Informe de resultados · {wave.Name}",
            [
                "Iniciativas cluster de Colombia · Red Cluster Colombia",
                $"Año analizado: {wave.PeriodYear}",
                $"Recolección: {ReportText.Date(wave.OpensOn)} – {ReportText.Date(wave.ClosesOn)}",
                $"Metodología de categorización: {report.Methodology.Version}",
                $"Generado el {EsCo.DateTime(generatedAt)} (hora de Colombia)",
            ]);

        ReportNarrative.Opening(pdf, narrative);
        Participation(pdf, report);
        Profile(pdf, report);
        DimensionOne(pdf, report);
        DimensionTwo(pdf, report);
        DimensionThree(pdf, report);
        Categorization(pdf, report);
        Levels(pdf, report);
        ReportNarrative.Closing(pdf, narrative);
        MethodologyAnnex.Write(pdf, report.Methodology);
        pdf.Render(output, cancellationToken);
    }

    private static void Participation(PdfComposer pdf, WaveReport report)
    {
        var figures = report.Figures;
        pdf.Heading("1. Participación");
        pdf.Paragraph($"{EsCo.Count(figures.Registered)} iniciativas cluster inscritas en la {report.Wave.Name}; {EsCo.Count(figures.Categorized)} hacen parte de la categorización al contar con información del periodo de análisis, año {report.Wave.PeriodYear}.");
        pdf.Note("Inscritas: iniciativas con cualquier cuestionario en la ola, borradores incluidos. Categorizadas: cuestionarios enviados o aceptados con información del periodo; los devueltos, excluidos y borradores no se categorizan.");
        var table = new PdfTable([new("Ola", 3), new("Año analizado", 2, ColumnAlign.Right), new("Inscritas", 2, ColumnAlign.Right), new("Categorizadas", 2, ColumnAlign.Right)]);
        foreach (var summary in report.Participation.Waves)
        {
            table.AddRow(summary.Wave.Name, summary.Wave.PeriodYear.ToString(EsCo.Culture), EsCo.Count(summary.Registered), EsCo.Count(summary.Categorized));
        }

        pdf.Heading("Número de iniciativas cluster por ola", 2);
        pdf.Table(table);
        pdf.Chart(
            plot => ReportCharts.Bars(plot, report.Participation.Waves.Select(summary => (summary.Wave.Name, (double)summary.Categorized)).ToList(), "Iniciativas categorizadas por ola"),
            200);
    }

    private static void Profile(PdfComposer pdf, WaveReport report)
    {
        pdf.Heading("2. Perfil de las iniciativas cluster");
        pdf.Paragraph($"Perfil de las {EsCo.Count(report.Figures.Categorized)} iniciativas categorizadas en la {report.Wave.Name}.");
        pdf.Heading("Entidad gestora", 2);
        pdf.Table(ReportTables.Shares(report.Profile.ManagingEntityTypes, "Tipo de entidad gestora", "Iniciativas"));

        pdf.Heading("Departamento gestor de iniciativas cluster", 2);
        var waves = report.Participation.Waves;
        var departments = new PdfTable([new("Departamento", 4), .. waves.Select(summary => new PdfColumn(summary.Wave.Name, 2, ColumnAlign.Right))]);
        foreach (var row in report.Profile.Departments)
        {
            departments.AddRow([row.Department.Name, .. row.PerWave.Select(count => count is { } value ? EsCo.Count(value) : "Sin registro")]);
        }

        departments.AddRow(["TOTAL", .. waves.Select(summary => EsCo.Count(summary.Categorized))]);
        pdf.Table(departments);

        pdf.Heading("Macrosectores", 2);
        var macrosectors = new PdfTable([new("Macrosector", 4), .. waves.Select(summary => new PdfColumn(summary.Wave.Name, 2, ColumnAlign.Right))]);
        foreach (var row in report.Profile.Macrosectors)
        {
            macrosectors.AddRow([row.Label, .. row.PerWave.Select(ReportText.Percent)]);
        }

        pdf.Table(macrosectors);
    }

    private static void DimensionOne(PdfComposer pdf, WaveReport report)
    {
        pdf.Heading("3. Dimensión 1: Gestión de la iniciativa cluster");
        pdf.Paragraph("Estado de la iniciativa cluster a través de su gobernanza, estrategia, financiación, enfoque, actividades, participantes, colaboración y barreras.");
        pdf.Heading("Gobernanza", 2);
        var management = report.Management;
        var governance = new PdfTable([new("Respuesta", 6), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        ReportTables.AddGroup(governance, "Asamblea general", management.Governance.GeneralAssembly);
        ReportTables.AddGroup(governance, "Consejo asesor", management.Governance.AdvisoryBoard);
        ReportTables.AddGroup(governance, "Gerente cluster", management.Governance.ClusterManager);
        ReportTables.AddGroup(governance, "Mesas de trabajo", management.Governance.WorkTables);
        pdf.Table(governance);

        pdf.Heading("Estrategia y plan de acción", 2);
        var strategy = new PdfTable([new("Respuesta", 6), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        ReportTables.AddGroup(strategy, "Estrategia", management.Strategy.Strategy);
        ReportTables.AddGroup(strategy, "Plan de acción", management.Strategy.ActionPlan);
        pdf.Table(strategy);
        pdf.Paragraph($"Participantes en la construcción de la estrategia: en promedio, {ReportText.Percent(management.Strategy.BusinessParticipants)} eran empresarios.");

        pdf.Heading("Estrategia de financiación", 2);
        var funding = management.Funding;
        pdf.Paragraph($"El {ReportText.Percent(funding.Sustainability.Share)} de las iniciativas cluster tiene garantizada una sostenibilidad financiera {funding.Sustainability.Period}.");
        var sources = new PdfTable([new("Fuente", 3), new("Estructura operativa", 3, ColumnAlign.Right), new("%", 1, ColumnAlign.Right), new("Proyectos", 3, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        for (var i = 0; i < funding.Operating.Count; i++)
        {
            var opex = funding.Operating[i];
            var projects = funding.Projects[i];
            sources.AddRow(opex.Label, EsCo.Pesos(opex.Count), ReportText.Percent(opex), EsCo.Pesos(projects.Count), ReportText.Percent(projects));
        }

        sources.AddRow("Total", EsCo.Pesos(funding.Operating.Sum(share => share.Count)), string.Empty, EsCo.Pesos(funding.Projects.Sum(share => share.Count)), string.Empty);
        pdf.Table(sources);

        pdf.Heading("Enfoque y actividades", 2);
        pdf.Paragraph($"Intercluster: en promedio, {ReportText.Percent(management.Focus.Intercluster)} de la iniciativa se enfoca en un conjunto de industrias que comparten un modelo de negocio; el resto tiene enfoque sectorial.");
        pdf.Table(ReportTables.Shares(management.Focus.ActivityTypes, "Tipo de actividad liderada", "Actividades"));
        pdf.Chart(plot => ReportCharts.Bars(plot, management.Focus.ActivityTypes.Select(share => (share.Label, (double)(share.Percent ?? 0))).ToList(), "Tipos de actividades (%)"), 200);

        pdf.Heading("Participantes y colaboración", 2);
        var active = management.Collaboration.ActiveFirms;
        pdf.Paragraph($"El {ReportText.Percent(active)} de las empresas participa en las iniciativas cluster de manera activa ({EsCo.Count(active.Count)} de {EsCo.Count(active.Of)}), a través de mesas de trabajo, proyectos y comités técnicos.");
        pdf.Table(ReportTables.Shares(management.Collaboration.Types, "Colaboración entre los participantes", "Iniciativas"));

        pdf.Heading("Barreras", 2);
        pdf.Paragraph($"{ReportText.Percent(management.Barriers.Any)} de las iniciativas presentan barreras en la implementación de la estrategia o del plan de acción.");
        pdf.Table(ReportTables.Shares(management.Barriers.Types, "Barrera", "Iniciativas"));
    }

    private static void DimensionTwo(PdfComposer pdf, WaveReport report)
    {
        pdf.Heading("4. Dimensión 2: Desempeño de las empresas participantes y el entorno");
        var performance = report.Performance;
        var firms = performance.Firms;
        pdf.Heading("Participación de las empresas", 2);
        var participation = new PdfTable([new("Empresas", 6), new("Número", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        participation.AddRow("Participantes en la iniciativa cluster", EsCo.Count(firms.Participating), "100 %");
        participation.AddRow("Con participación activa dentro de la iniciativa", EsCo.Count(firms.Active.Count), ReportText.Percent(firms.Active));
        participation.AddRow("Impactadas por la iniciativa", EsCo.Count(firms.Impacted.Count), ReportText.Percent(firms.Impacted));
        pdf.Table(participation);
        pdf.Paragraph($"{EsCo.Count(firms.Employment)} empleos generados por las empresas de las iniciativas cluster categorizadas.");

        pdf.Heading("Tamaño empresarial", 2);
        pdf.Paragraph($"{ReportText.Percent(performance.Sizes.WithMediumOrLargeFirm)} de las iniciativas tienen al menos una empresa mediana o grande entre sus actores.");
        pdf.Table(ReportTables.Shares(performance.Sizes.Sizes, "Tamaño", "Empresas"));
        pdf.Chart(plot => ReportCharts.Bars(plot, performance.Sizes.Sizes.Select(share => (share.Label, (double)share.Count)).ToList(), "Empresas participantes por tamaño"), 200);

        pdf.Heading("Impactos", 2);
        pdf.Paragraph($"Empresarial: {EsCo.Count(performance.Impacts.BusinessImpacting)} iniciativas cluster impactan a {EsCo.Count(firms.Impacted.Count)} de sus empresas participantes, por medio de:");
        pdf.Table(ReportTables.Shares(performance.Impacts.Business, "Impacto empresarial", "Iniciativas"));
        pdf.Paragraph($"Territorial: el {ReportText.Percent(performance.Impacts.AnyTerritorial)} de las iniciativas extienden al territorio los efectos de sus actividades a través de:");
        pdf.Table(ReportTables.Shares(performance.Impacts.Territorial, "Impacto territorial", "Iniciativas"));

        pdf.Heading("Coyuntura", 2);
        pdf.Table(ReportTables.Shares(performance.EmergencyActions, "Acción ante la emergencia económica", "Iniciativas"));
    }

    private static void DimensionThree(PdfComposer pdf, WaveReport report)
    {
        var year = report.Wave.PeriodYear;
        var regional = report.Regional;
        pdf.Heading("5. Dimensión 3: Dinámica del cluster regional");
        pdf.Paragraph("Empleo y empresas de las iniciativas cluster por departamento gestor, frente a la ocupación (DANE, GEIH) y las empresas registradas en las cámaras de comercio (RUES) del departamento.");
        if (!regional.ReferenceLoaded)
        {
            pdf.Note($"Falta la referencia nacional: no se han cargado cifras de DANE y RUES para {year}. Un administrador puede cargarlas en «Datos de referencia»; mientras tanto se muestran solo las cifras de las iniciativas.");
        }

        var table = new PdfTable([
            new("Departamento", 4),
            new("Empleo en las iniciativas", 3, ColumnAlign.Right),
            new($"Ocupados {year}", 3, ColumnAlign.Right),
            new("%", 2, ColumnAlign.Right),
            new("Empresas vinculadas", 3, ColumnAlign.Right),
            new($"Empresas registradas {year}", 3, ColumnAlign.Right),
            new("%", 2, ColumnAlign.Right),
        ]);
        foreach (var row in regional.Departments)
        {
            table.AddRow(
                row.Department.Name,
                EsCo.Count(row.Employment),
                row.OccupiedPopulation is { } occupied ? EsCo.Count(occupied) : "Sin referencia",
                row.OccupiedPopulation is { } population ? ReportText.Percent(new Fraction(row.Employment, population)) : "—",
                EsCo.Count(row.Firms),
                row.RegisteredFirms is { } registered ? EsCo.Count(registered) : "Sin referencia",
                row.RegisteredFirms is { } firms ? ReportText.Percent(new Fraction(row.Firms, firms)) : "—");
        }

        var withPopulation = regional.Departments.Where(row => row.OccupiedPopulation is not null).ToList();
        var withFirms = regional.Departments.Where(row => row.RegisteredFirms is not null).ToList();
        table.AddRow(
            "Total",
            EsCo.Count(regional.Departments.Sum(row => row.Employment)),
            withPopulation.Count > 0 ? EsCo.Count(withPopulation.Sum(row => row.OccupiedPopulation!.Value)) : "Sin referencia",
            withPopulation.Count > 0 ? ReportText.Percent(new Fraction(withPopulation.Sum(row => row.Employment), withPopulation.Sum(row => row.OccupiedPopulation!.Value))) : "—",
            EsCo.Count(regional.Departments.Sum(row => row.Firms)),
            withFirms.Count > 0 ? EsCo.Count(withFirms.Sum(row => row.RegisteredFirms!.Value)) : "Sin referencia",
            withFirms.Count > 0 ? ReportText.Percent(new Fraction(withFirms.Sum(row => row.Firms), withFirms.Sum(row => row.RegisteredFirms!.Value))) : "—");
        pdf.Table(table);
        pdf.Note("Los porcentajes comparan solo departamentos con cifra de referencia cargada.");
    }

    private static void Categorization(PdfComposer pdf, WaveReport report)
    {
        var figures = report.Figures;
        pdf.Heading("6. Categorización de las iniciativas cluster");
        if (figures.Categorized == 0)
        {
            pdf.Note($"La {report.Wave.Name} no tiene iniciativas categorizadas: no hay cuestionarios enviados o aceptados con información del periodo. La tabla de categorización se genera cuando los haya.");
            return;
        }

        pdf.Paragraph($"Nivel en el que se encuentran las {EsCo.Count(figures.Categorized)} iniciativas categorizadas en cada variable: porcentaje de las iniciativas con dato en la variable (n), en porcentajes enteros.");
        var table = new PdfTable([new("Variable", 5), new("Nivel 1: Básico", 2, ColumnAlign.Right), new("Nivel 2: En consolidación", 2, ColumnAlign.Right), new("Nivel 3: Consolidada", 2, ColumnAlign.Right), new("n", 1, ColumnAlign.Right)]);
        foreach (var area in report.Methodology.Areas)
        {
            table.AddGroupRow(area.Title);
            foreach (var distribution in figures.Variables.Where(item => item.Variable.Area.Number == area.Number))
            {
                table.AddRow([distribution.Variable.Name, .. ReportTables.LevelCells(distribution.Counts)]);
            }
        }

        pdf.Table(table);
        pdf.Chart(plot => ReportCharts.LevelBars(plot, figures.Variables.Select(item => (item.Variable.Name, item.Counts)).ToList()), 430);
    }

    private static void Levels(PdfComposer pdf, WaveReport report)
    {
        var figures = report.Figures;
        pdf.Heading("7. Distribución y perfil de los niveles");
        if (figures.Categorized == 0)
        {
            pdf.Note("Sin iniciativas categorizadas no hay distribución de niveles.");
            return;
        }

        var distribution = new PdfTable([new("Nivel general", 5), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        foreach (var level in LevelText.All)
        {
            distribution.AddRow(level.ToSpanish(), EsCo.Count(figures.Overall.Count(level)), ReportText.Percent(figures.Overall.PercentOf(level)));
        }

        distribution.AddRow("Total con nivel general", EsCo.Count(figures.Overall.N), "100 %");
        pdf.Table(distribution);
        pdf.Chart(plot => ReportCharts.Bars(plot, LevelText.All.Select(level => ($"Nivel {(int)level}", (double)figures.Overall.Count(level))).ToList(), "Iniciativas por nivel general"), 200);

        pdf.Heading("Perfil de cada nivel", 2);
        var profile = new PdfTable([
            new("Nivel", 3),
            new("Iniciativas", 2, ColumnAlign.Right),
            new("Empresas activas", 2, ColumnAlign.Right),
            new("Estructura operativa financiada por empresas", 3, ColumnAlign.Right),
            new("Proyectos financiados por empresas", 3, ColumnAlign.Right),
            new("Profesionales del equipo (promedio)", 3, ColumnAlign.Right),
        ]);
        foreach (var level in report.LevelProfiles)
        {
            profile.AddRow(
                level.Level.ToSpanish(),
                EsCo.Count(level.Initiatives),
                ReportText.Percent(level.ActiveFirms),
                ReportText.Percent(level.FirmsOperatingFunding),
                ReportText.Percent(level.FirmsProjectFunding),
                level.AverageTeamProfessionals is { } team ? EsCo.Number(team, 1) : "—");
        }

        pdf.Table(profile);
        pdf.Note("Participación de las empresas en la financiación: recursos de las empresas participantes sobre el total de recursos de las iniciativas de cada nivel.");
    }
}
