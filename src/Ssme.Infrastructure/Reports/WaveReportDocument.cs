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
        if (report.Figures.Categorized > 0)
        {
            Profile(pdf, report);
            DimensionOne(pdf, report);
            DimensionTwo(pdf, report);
            DimensionThree(pdf, report);
            Categorization(pdf, report);
            Levels(pdf, report);
        }

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
        if (figures.Categorized == 0)
        {
            pdf.Paragraph($"La {report.Wave.Name} no tiene iniciativas categorizadas: no hay cuestionarios enviados o aceptados con información del periodo. El perfil, las dimensiones y la categorización se generan cuando los haya.");
        }

        var table = new PdfTable([new("Ola", 3), new("Año analizado", 2, ColumnAlign.Right), new("Inscritas", 2, ColumnAlign.Right), new("Categorizadas", 2, ColumnAlign.Right)]);
        foreach (var summary in report.Participation.Waves)
        {
            table.AddRow(summary.Wave.Name, summary.Wave.PeriodYear.ToString(EsCo.Culture), ReportText.CountOrMissing(summary.Registered), ReportText.CountOrMissing(summary.Categorized));
        }

        pdf.Heading("Número de iniciativas cluster por ola", 2);
        pdf.Table(table);
        // Bars of zero say nothing the sentence above has not said.
        if (report.Participation.Waves.Any(summary => summary.Categorized > 0))
        {
            pdf.Chart(
                plot => ReportCharts.Bars(plot, report.Participation.Waves.Where(summary => summary.Categorized is not null).Select(summary => (summary.Wave.Name, (double)summary.Categorized!.Value)).ToList(), "Iniciativas categorizadas por ola"),
                200);
        }
        MainIndicators(pdf, report);
    }

    private static void MainIndicators(PdfComposer pdf, WaveReport report)
    {
        if (report.Changes is not { } changes || report.Figures.Categorized == 0)
        {
            return;
        }

        pdf.Heading($"Indicadores principales frente a la {changes.Previous.Name}", 2);
        var table = new PdfTable([new("Indicador", 6), new(changes.Previous.Name, 2, ColumnAlign.Right), new(report.Wave.Name, 2, ColumnAlign.Right), new("Cambio", 2, ColumnAlign.Right)]);
        foreach (var indicator in changes.Indicators)
        {
            table.AddRow(indicator.Label, indicator.Previous, indicator.Current, indicator.Change);
        }

        pdf.Table(table);
        pdf.Note("Los cambios de porcentajes están en puntos porcentuales (p. p.), entre los porcentajes enteros que se publican.");
    }

    private static void Profile(PdfComposer pdf, WaveReport report)
    {
        pdf.Heading("2. Perfil de las iniciativas cluster");
        pdf.Paragraph($"Perfil de las {EsCo.Count(report.Figures.Categorized)} iniciativas categorizadas en la {report.Wave.Name}.");
        pdf.Heading("Entidad gestora", 2);
        pdf.Table(ReportTables.Shares(report.Profile.ManagingEntityTypes, "Tipo de entidad gestora", "Iniciativas"));
        ShareChart(pdf, report.Profile.ManagingEntityTypes, "Tipo de entidad gestora (% de iniciativas)");

        pdf.Heading("Departamento gestor de iniciativas cluster", 2);
        var waves = report.Participation.Waves;
        var departments = new PdfTable([new("Departamento", 4), .. waves.Select(summary => new PdfColumn(summary.Wave.Name, 2, ColumnAlign.Right))]);
        foreach (var row in report.Profile.Departments)
        {
            departments.AddRow([row.Department.Name, .. row.PerWave.Select(count => count is { } value ? EsCo.Count(value) : "Sin registro")]);
        }

        departments.AddRow(["TOTAL", .. waves.Select(summary => ReportText.CountOrMissing(summary.Categorized))]);
        pdf.Table(departments);
        var current = report.Profile.Departments.Where(row => row.PerWave[^1] is > 0).Select(row => (row.Department.Name, (double)row.PerWave[^1]!.Value)).ToList();
        foreach (var (title, part) in ReportCharts.Parts(current, $"Iniciativas por departamento gestor · {report.Wave.Name}"))
        {
            pdf.Chart(plot => ReportCharts.HorizontalCounts(plot, part, title), ReportCharts.ShareBarsHeight(part.Count));
        }

        pdf.Heading("Macrosectores", 2);
        var macrosectors = new PdfTable([new("Macrosector", 4), .. waves.Select(summary => new PdfColumn(summary.Wave.Name, 2, ColumnAlign.Right))]);
        foreach (var row in report.Profile.Macrosectors)
        {
            macrosectors.AddRow([row.Label, .. row.PerWave.Select(share => share.Of == 0 ? ReportText.Missing : share.Text)]);
        }

        pdf.Table(macrosectors);
    }

    private static void DimensionOne(PdfComposer pdf, WaveReport report)
    {
        pdf.Heading("3. Dimensión 1: Gestión de la iniciativa cluster");
        pdf.Paragraph("Estado de la iniciativa cluster a través de su gobernanza, estrategia, financiación, enfoque, actividades, participantes, colaboración y barreras.");
        pdf.Heading("Gobernanza", 2);
        var management = report.Management;
        var board = management.Governance;
        pdf.Paragraph($"El {board.ActiveAdvisoryBody.Text} de las iniciativas cluster presenta un órgano asesor (asamblea general o consejo asesor) activo en la toma de decisiones.");
        pdf.Paragraph($"Cuentan con asamblea general: {board.WithAssembly.Text}; asamblea general activa: {board.ActiveAssembly.Text}.");
        pdf.Paragraph($"Cuentan con consejo asesor: {board.WithBoard.Text}; consejo asesor activo: {board.ActiveBoard.Text}.");
        var governance = new PdfTable([new("Respuesta", 6), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        ReportTables.AddGroup(governance, "Asamblea general", management.Governance.GeneralAssembly);
        ReportTables.AddGroup(governance, "Consejo asesor", management.Governance.AdvisoryBoard);
        ReportTables.AddGroup(governance, "Gerente cluster", management.Governance.ClusterManager);
        ReportTables.AddGroup(governance, "Mesas de trabajo", management.Governance.WorkTables);
        pdf.Table(governance);
        ShareChart(pdf, [board.WithAssembly, board.ActiveAssembly, board.WithBoard, board.ActiveBoard, board.ActiveAdvisoryBody], "Gobernanza (% de iniciativas)");

        pdf.Heading("Estrategia y plan de acción", 2);
        var strategy = new PdfTable([new("Respuesta", 6), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        ReportTables.AddGroup(strategy, "Estrategia", management.Strategy.Strategy);
        ReportTables.AddGroup(strategy, "Plan de acción", management.Strategy.ActionPlan);
        pdf.Table(strategy);
        pdf.Paragraph($"Participantes en la construcción de la estrategia: en promedio, {ReportText.Percent(management.Strategy.BusinessParticipants)} eran empresarios.");

        pdf.Heading("Estrategia de financiación", 2);
        var funding = management.Funding;
        pdf.Paragraph($"El {funding.Sustainability.Share.Text} de las iniciativas cluster tiene garantizada una sostenibilidad financiera {funding.Sustainability.Period}.");
        var sources = new PdfTable([new("Fuente", 3), new("Estructura operativa", 3, ColumnAlign.Right), new("%", 1, ColumnAlign.Right), new("Proyectos", 3, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        for (var i = 0; i < funding.Operating.Count; i++)
        {
            var opex = funding.Operating[i];
            var projects = funding.Projects[i];
            sources.AddRow(opex.Label, EsCo.Pesos(opex.Count), ReportText.Percent(opex), EsCo.Pesos(projects.Count), ReportText.Percent(projects));
        }

        sources.AddRow("Total", EsCo.Pesos(funding.Operating.Sum(share => share.Count)), string.Empty, EsCo.Pesos(funding.Projects.Sum(share => share.Count)), string.Empty);
        pdf.Table(sources);
        ShareChart(pdf, [.. funding.Operating.Select(share => share with { Label = $"Estructura: {share.Label}" }), .. funding.Projects.Select(share => share with { Label = $"Proyectos: {share.Label}" })], "Recursos financieros por fuente (% de los pesos)");
        pdf.Paragraph($"Las empresas participantes aportan el {funding.FirmsOperatingShare.Text} de los recursos de la estructura operativa y el {funding.FirmsProjectShare.Text} de los recursos para proyectos.");

        pdf.Heading("Enfoque y actividades", 2);
        pdf.Paragraph($"Intercluster: {management.Focus.Intercluster.WholeText} en promedio de la iniciativa cluster se enfoca en un conjunto de industrias que comparten un modelo de negocio.");
        pdf.Paragraph($"Sectorial: {management.Focus.Sectorial.WholeText} en promedio se enfoca en una industria que jalona a partir de un servicio o producto.");
        pdf.Table(ReportTables.Shares(management.Focus.ActivityTypes, "Tipo de actividad liderada", "Actividades"));
        ShareChart(pdf, management.Focus.ActivityTypes, "Tipos de actividades lideradas (% de las actividades)");

        pdf.Heading("Participantes y colaboración", 2);
        var active = management.Collaboration.ActiveFirms;
        pdf.Paragraph($"El {ReportText.Percent(active)} de las empresas participa en las iniciativas cluster de manera activa ({EsCo.Count(active.Count)} de {EsCo.Count(active.Of)}), a través de mesas de trabajo, proyectos y comités técnicos.");
        var collaboration = management.Collaboration;
        pdf.Paragraph($"Colaboración: del {collaboration.Any.Text} de iniciativas que tiene entre sus participantes una relación colaborativa, el {collaboration.Spontaneous.Text} lo hace de manera espontánea, mientras el {collaboration.ManagerDriven.Text} depende de las dinámicas impulsadas por el gerente cluster.");
        pdf.Table(ReportTables.Shares(collaboration.Types, "Colaboración entre los participantes", "Iniciativas"));

        pdf.Heading("Barreras", 2);
        pdf.Paragraph($"{ReportText.Percent(management.Barriers.Any)} de las iniciativas presentan barreras en la implementación de la estrategia o del plan de acción.");
        pdf.Table(ReportTables.Shares(management.Barriers.Types, "Barrera", "Iniciativas"));
        ShareChart(pdf, management.Barriers.Types, "Barreras (% de iniciativas)");
        DesiredSupport(pdf, management.Barriers.DesiredSupport);
    }

    private static void DesiredSupport(PdfComposer pdf, DesiredSupport support)
    {
        pdf.Heading("Apoyos deseados", 2);
        var answered = support.Answered;
        pdf.Paragraph($"{EsCo.Count(answered.Count)} de {EsCo.Count(answered.Of)} iniciativas cluster ({answered.Text}) indicaron qué apoyos desearían recibir de la Red Cluster Colombia.");
        if (support.Answers.Count == 0)
        {
            if (answered.Count > 0)
            {
                pdf.Note($"Con menos de {Domain.Reporting.DesiredSupport.MinimumToList} respuestas no se listan, para que ninguna se pueda atribuir a una iniciativa.");
            }

            return;
        }

        var table = new PdfTable([new("Apoyo deseado (respuesta abierta, tal como se escribió)", 8), new("Iniciativas", 2, ColumnAlign.Right)]);
        foreach (var answer in support.Answers)
        {
            table.AddRow(answer.Text, EsCo.Count(answer.Initiatives));
        }

        pdf.Table(table);
        pdf.Note("Las respuestas iguales se agrupan y se ordenan por número de iniciativas y alfabéticamente, sin indicar qué iniciativa las escribió.");
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
        pdf.Paragraph($"El {performance.Sizes.WithMediumOrLargeFirm.Text} de las iniciativas cluster tiene al menos una empresa mediana o grande entre sus actores.");
        pdf.Table(ReportTables.Shares(performance.Sizes.Sizes, "Tamaño", "Empresas"));
        pdf.Chart(plot => ReportCharts.Bars(plot, performance.Sizes.Sizes.Select(share => (share.Label, (double)share.Count)).ToList(), "Empresas participantes por tamaño"), 200);

        pdf.Heading("Impactos", 2);
        pdf.Paragraph($"Empresarial: {EsCo.Count(performance.Impacts.InitiativesImpactingFirms)} iniciativas cluster impactan a {EsCo.Count(firms.Impacted.Count)} de sus empresas participantes, por medio de:");
        pdf.Table(ReportTables.Shares(performance.Impacts.Business, "Impacto empresarial", "Iniciativas"));
        ShareChart(pdf, performance.Impacts.Business, "Impactos empresariales (% de las iniciativas que impactan a sus empresas)");
        pdf.Paragraph($"Territorial: el {ReportText.Percent(performance.Impacts.AnyTerritorial)} de las iniciativas extienden al territorio los efectos de sus actividades a través de:");
        pdf.Table(ReportTables.Shares(performance.Impacts.Territorial, "Impacto territorial", "Iniciativas"));
        ShareChart(pdf, performance.Impacts.Territorial, "Impactos territoriales (% de iniciativas)");

        pdf.Heading("Coyuntura", 2);
        pdf.Table(ReportTables.Shares(performance.EmergencyActions, "Acción ante la emergencia económica", "Iniciativas"));
        ShareChart(pdf, performance.EmergencyActions, "Acciones ante la emergencia económica (% de iniciativas)");
    }

    private static void DimensionThree(PdfComposer pdf, WaveReport report)
    {
        var year = report.Wave.PeriodYear;
        var regional = report.Regional;
        pdf.Heading("5. Dimensión 3: Dinámica del cluster regional");
        pdf.Paragraph("Empleo y empresas de las iniciativas cluster por departamento gestor y en el total nacional, frente a la ocupación (DANE, GEIH) y las empresas registradas en las cámaras de comercio (RUES) del año analizado.");
        if (!regional.ReferenceLoaded)
        {
            pdf.Note($"Falta la referencia nacional: no se han cargado cifras de DANE y RUES para {year}. Un administrador puede cargarlas en «Datos de referencia»; mientras tanto se muestran solo las cifras de las iniciativas.");
        }
        else if (!regional.NationalReferenceLoaded)
        {
            pdf.Note($"Falta la fila «Nacional» de {year} en los datos de referencia: sin ella no se calcula la participación nacional.");
        }

        pdf.Heading("Ocupación", 2);
        if (regional.NationalReferenceLoaded)
        {
            pdf.Paragraph($"Las empresas de las iniciativas cluster generan {EsCo.Count(regional.National.Employment.Initiatives)} empleos: el {regional.National.Employment.Text} de la ocupación nacional en {year}.");
        }

        pdf.Table(RegionalTable(report.Wave, regional, row => row.Employment, row => row.PreviousEmployment, "Empleo", $"Ocupados {year}"));
        pdf.Heading("Empresas", 2);
        if (regional.NationalReferenceLoaded)
        {
            pdf.Paragraph($"Las empresas vinculadas a las iniciativas cluster alcanzaron el {regional.National.Firms.Text} de participación nacional en {year}.");
        }

        pdf.Table(RegionalTable(report.Wave, regional, row => row.Firms, row => row.PreviousFirms, "Empresas", $"Registradas {year}"));
        if (regional.AnyLikelyUnitError)
        {
            pdf.Note($"«{RegionalShare.UnitErrorText}»: las cifras de las iniciativas superan la cifra de referencia, que probablemente está en otra unidad (por ejemplo, en miles). Corrija la referencia en «Datos de referencia».");
        }
    }

    /// <summary>A horizontal share chart, left out when no share has a denominator (nothing to draw).</summary>
    private static void ShareChart(PdfComposer pdf, IReadOnlyList<Share> shares, string title)
    {
        if (shares.All(share => share.Percent is null))
        {
            return;
        }

        foreach (var (partTitle, part) in ReportCharts.Parts(shares, title))
        {
            pdf.Chart(plot => ReportCharts.ShareBars(plot, part, partTitle), ReportCharts.ShareBarsHeight(part.Count));
        }
    }

    /// <summary>Per department and nationally: the previous wave's figure and share, then the wave's figure, reference and share.</summary>
    private static PdfTable RegionalTable(Domain.Waves.Wave wave, RegionalDimension regional, Func<RegionalRow, RegionalShare> current, Func<RegionalRow, RegionalShare?> previous, string figure, string referenceHeader)
    {
        var year = wave.PeriodYear;
        var earlier = regional.Previous;
        List<PdfColumn> columns = [new("Departamento", 4)];
        if (earlier is not null)
        {
            columns.Add(new($"{figure} {earlier.Name}", 3, ColumnAlign.Right));
            columns.Add(new($"% {earlier.PeriodYear}", 2.5f, ColumnAlign.Right));
        }

        columns.AddRange([new($"{figure} {wave.Name}", 3, ColumnAlign.Right), new(referenceHeader, 3, ColumnAlign.Right), new($"% {year}", 2.5f, ColumnAlign.Right)]);
        var table = new PdfTable(columns);
        foreach (var row in regional.Departments.Append(regional.National))
        {
            var now = current(row);
            List<string> cells = [row.Name];
            if (earlier is not null)
            {
                var before = previous(row);
                cells.Add(before is null ? "Sin registro" : EsCo.Count(before.Initiatives));
                cells.Add(before is null ? PercentText.NoData : before.Text);
            }

            cells.AddRange([
                row.InWave ? EsCo.Count(now.Initiatives) : ReportText.Missing,
                now.Reference is { } reference ? EsCo.Count(reference) : RegionalShare.NoReferenceText,
                row.InWave ? now.Text : PercentText.NoData,
            ]);
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static void Categorization(PdfComposer pdf, WaveReport report)
    {
        var figures = report.Figures;
        pdf.Heading("6. Categorización de las iniciativas cluster");
        pdf.Paragraph($"Nivel en el que se encuentran las {EsCo.Count(figures.Categorized)} iniciativas categorizadas en cada variable: porcentaje de las iniciativas con dato en la variable (n), en porcentajes enteros.");
        if (report.Changes is { HasCategorization: true } changes)
        {
            ComparedCategorization(pdf, report, changes);
        }
        else
        {
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
            if (report.Changes is { } published)
            {
                pdf.Note($"La {published.Previous.Name} se conoce solo por sus cifras publicadas, sin categorización por variable: esta tabla no tiene con qué compararse.");
            }
        }

        pdf.Chart(plot => ReportCharts.LevelBars(plot, figures.Variables.Select(item => (item.Variable.Name, item.Counts)).ToList()), 430);
    }

    /// <summary>
    /// The categorization table with, for each level, the previous wave's share, this wave's and the
    /// change beside each other, as the issue asks: at 8,5 points nine narrow number columns and the
    /// variable's name fit the page width.
    /// </summary>
    private static void ComparedCategorization(PdfComposer pdf, WaveReport report, WaveChanges changes)
    {
        var previous = changes.Previous.Name;
        var current = report.Wave.Name;
        List<PdfColumn> columns = [new("Variable", 3.1f)];
        foreach (var level in LevelText.All)
        {
            var number = (int)level;
            columns.AddRange([
                new($"N{number}\n{changes.Previous.Code}", 1.3f, ColumnAlign.Right),
                new($"N{number}\n{report.Wave.Code}", 1.3f, ColumnAlign.Right),
                new("Cambio\n(p. p.)", 1.75f, ColumnAlign.Right),
            ]);
        }

        columns.Add(new("n", 0.8f, ColumnAlign.Right));
        var table = new PdfTable(columns);
        foreach (var area in report.Methodology.Areas)
        {
            table.AddGroupRow(area.Title);
            foreach (var distribution in report.Figures.Variables.Where(item => item.Variable.Area.Number == area.Number))
            {
                var change = changes.Variables.FirstOrDefault(item => item.Variable.Code == distribution.Variable.Code);
                var counts = distribution.Counts;
                List<string> cells = [distribution.Variable.Name];
                foreach (var (level, i) in LevelText.All.Select((level, i) => (level, i)))
                {
                    cells.AddRange([change?.PreviousTexts[i] ?? ReportText.Missing, PercentText.Whole(counts.Count(level), counts.N), change?.ChangeTexts[i] ?? PercentText.NoData]);
                }

                cells.Add(EsCo.Count(counts.N));
                table.AddRow([.. cells]);
            }
        }

        pdf.Table(table);
        pdf.Note($"N1, N2, N3: porcentaje de iniciativas en Nivel 1 (Básico), Nivel 2 (En consolidación) y Nivel 3 (Consolidada) en la {previous} ({changes.Previous.Code}) y en la {current} ({report.Wave.Code}); el cambio está en puntos porcentuales entre los porcentajes enteros publicados, y n es el de la {current}. Cada ola se categoriza con la metodología que tiene fijada.");
    }

    private static void Levels(PdfComposer pdf, WaveReport report)
    {
        var figures = report.Figures;
        pdf.Heading("7. Distribución y perfil de los niveles");
        var distribution = new PdfTable([new("Nivel general", 5), new("Iniciativas", 2, ColumnAlign.Right), new("%", 1, ColumnAlign.Right)]);
        foreach (var level in LevelText.All)
        {
            distribution.AddRow(level.ToSpanish(), EsCo.Count(figures.Overall.Count(level)), PercentText.Whole(figures.Overall.Count(level), figures.Overall.N));
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
