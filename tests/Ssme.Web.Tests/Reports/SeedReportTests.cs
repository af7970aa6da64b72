using System.Text.RegularExpressions;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Reports;

/// <summary>
/// The III Ola report rebuilt from samples/iii-ola through the verbs an administrator runs, read
/// back from the PDF against the numbers the published report prints. Every expected value is typed
/// from ../shared/seed/ssme-iii-ola-informe-2021.txt (the comment cites the line), never computed
/// here; samples/iii-ola/README.md says where the sample departs from the seed and why.
/// </summary>
public sealed class SeedReportTests
{
    [Fact]
    public async Task The_III_Ola_report_rebuilt_from_the_sample_files_prints_the_seed_report_figures()
    {
        using var factory = new SsmeAppFactory();
        var samples = SamplesFolder();
        var pdf = Path.Combine(factory.Folder, "informe-iii.pdf");

        await Run(factory, "import", "--history", Path.Combine(samples, "historico-i-ii-ola.csv"));
        await Run(factory, "import", "--reference", Path.Combine(samples, "referencia-dane-rues.csv"));
        await Run(factory, "create-wave", "--code", "III", "--name", "III Ola", "--period-year", "2019", "--opens", "2020-10-23", "--closes", "2020-11-25", "--open");
        await Run(factory, "import", "--wave", "III", Path.Combine(samples, "ola-iii.csv"));
        await Run(factory, "close-wave", "--code", "III");
        await Run(factory, "report", "--wave", "III", "--out", pdf);

        var text = ReportPdf.Text(await File.ReadAllBytesAsync(pdf), "informe-iii-seed.pdf");

        // Lines 269 and 271: 94 registered, 76 categorized.
        Assert.Contains("94 iniciativas cluster inscritas en la III Ola; 76 hacen parte de la categorización", text, StringComparison.Ordinal);
        // Lines 311-314: 61 / 57 / 76 initiatives in the I, II and III Ola.
        Assert.Contains("I Ola 2016 Sin registro 61 II Ola 2018 Sin registro 57 III Ola 2019 94 76", text, StringComparison.Ordinal);
        // Lines 341-365: initiatives per managing department and wave; "Sin registro" and blanks are no row.
        foreach (var row in DepartmentRows)
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
        }

        // Lines 329-332: macrosector shares per wave.
        Assert.Contains("Servicios 52 % 49 % 51 % Manufactura 26 % 30 % 28 % Agroindustria 21 % 21 % 21 %", text, StringComparison.Ordinal);

        // Line 391 and lines 397-414: governance.
        Assert.Contains("El 74 % de las iniciativas cluster presenta un órgano asesor (asamblea general o consejo asesor) activo", text, StringComparison.Ordinal);
        Assert.Contains("Cuentan con asamblea general: 70 %; asamblea general activa: 62 %.", text, StringComparison.Ordinal);
        Assert.Contains("Cuentan con consejo asesor: 76 %; consejo asesor activo: 61 %.", text, StringComparison.Ordinal);
        // Line 441: sustainability above 24 months.
        Assert.Contains("El 17 % de las iniciativas cluster tiene garantizada una sostenibilidad financiera mayor a 24 meses.", text, StringComparison.Ordinal);
        // Lines 451-461: mean intercluster and sectorial focus.
        Assert.Contains("Intercluster: 41 %", text, StringComparison.Ordinal);
        Assert.Contains("Sectorial: 59 %", text, StringComparison.Ordinal);
        // Lines 465-475: activity types, share of all activities led.
        Assert.Matches(@"Fortalecimiento empresarial \d+ 41 % Condiciones del entorno \d+ 17 % Relacionamiento, negocios y conocimiento \d+ 42 %", text);
        // Line 484: active firms; lines 534-538: 4.243 of 12.684.
        Assert.Contains("El 33 % de las empresas participa en las iniciativas cluster de manera activa (4.243 de 12.684)", text, StringComparison.Ordinal);
        // Line 488: collaboration.
        Assert.Contains("del 87 % de iniciativas que tiene entre sus participantes una relación colaborativa, el 45 % lo hace de manera espontánea, mientras el 42 % depende", text, StringComparison.Ordinal);
        // Line 494 ("7 de cada 10") and lines 500-508: barriers.
        Assert.Contains("70 % de las iniciativas presentan barreras", text, StringComparison.Ordinal);
        Assert.Matches(@"Financiación / recursos \d+ 32 % Articulación entre actores \d+ 17 % Participación de empresas \d+ 13 % Compromiso de los participantes \d+ 9 % Confianza entre los empresarios \d+ 8 %", text);

        // Lines 532-551: participating, active and impacted firms, jobs.
        Assert.Contains("Participantes en la iniciativa cluster 12.684 100 % Con participación activa dentro de la iniciativa 4.243 33 % Impactadas por la iniciativa 4.729 37 %", text, StringComparison.Ordinal);
        Assert.Contains("582.791 empleos", text, StringComparison.Ordinal);
        // Line 555: "7 de cada 10" have a medium or large firm; with Tamaño de empresas at Nivel 1 for 32 % of 76 (24), 52 of 76 do.
        Assert.Contains("El 68 % de las iniciativas cluster tiene al menos una empresa mediana o grande", text, StringComparison.Ordinal);
        // Lines 570-592: business impacts, shares of the 57 initiatives that impact firms.
        Assert.Contains("57 iniciativas cluster impactan a 4.729 de sus empresas participantes", text, StringComparison.Ordinal);
        Assert.Matches(@"Capacitación y re-entrenamiento del talento humano de las empresas \d+ 81 % Investigación, desarrollo e innovación \(I\+D\+i\) y/o desarrollo de productos o servicios \d+ 75 %", text);
        Assert.Matches(@"vigilancia tecnológica \d+ 67 % Mejora en la productividad \d+ 58 % Diversificación de negocio \(conquista de nuevos segmentos de mercado\) \d+ 46 % Acceso a mercados internacionales \d+ 46 %", text);
        // Lines 598-618: territorial impacts, shares of the categorized initiatives.
        Assert.Contains("el 75 % de las iniciativas extienden al territorio", text, StringComparison.Ordinal);
        Assert.Matches(@"desarrollo económico local \d+ 66 % .{0,80}cambio climático \d+ 45 % Atracción de inversión \(pública o privada\) \d+ 33 % .{0,80}género \d+ 29 % Instalación de nuevas empresas en el territorio \d+ 22 %", text);

        // Lines 664-686: jobs per department in the II and III Ola, and nationally against DANE 2018 and 2019.
        Assert.Contains("el 2,6 % de la ocupación nacional en 2019", text, StringComparison.Ordinal);
        Assert.Contains("Nacional 110.884 0,5 % 582.791 22.384.482 2,6 %", text, StringComparison.Ordinal);
        foreach (var (department, second, third, occupied) in EmploymentRows)
        {
            Assert.Matches($@"{Regex.Escape(department)} {Regex.Escape(second)} (?:—|Revisar cifra|[<\d][^%]{{0,8}}%) {Regex.Escape(third)} {Regex.Escape(occupied)}", text);
        }

        // Lines 721-795: firms per department in the II and III Ola against RUES 2019, and 0,8 % nationally.
        Assert.Contains("alcanzaron el 0,8 % de participación nacional en 2019", text, StringComparison.Ordinal);
        Assert.Contains("Nacional 3.827 — 12.684 1.643.849 0,8 %", text, StringComparison.Ordinal);
        foreach (var row in FirmRows)
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
        }

        // Lines 911 and 919: the firms' share of the operating structure and project pesos of the Nivel 3 and Nivel 2 initiatives.
        Assert.Matches(@"Nivel 2: En consolidación \d+ \d+ % 13 % 19 %", text);
        Assert.Matches(@"Nivel 3: Consolidada \d+ \d+ % 16 % 10 %", text);

        // Lines 866-883: the categorization table, all 18 variables of the 76 categorized initiatives.
        foreach (var row in CategorizationRows)
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
        }
    }

    private static readonly string[] DepartmentRows =
    [
        "Antioquia 8 2 6", "Arauca Sin registro 2 2", "Atlántico 4 3 5", "Bogotá D.C. 13 16 15", "Bolívar 1 1 3", "Boyacá 1 1 2",
        "Caldas 2 2 1", "Casanare 1 Sin registro Sin registro", "Cauca 1 Sin registro 1", "Cesar 1 Sin registro 1",
        "Córdoba Sin registro Sin registro 1", "Cundinamarca Sin registro Sin registro 3", "Huila 1 Sin registro 2", "La Guajira 1 1 1",
        "Magdalena 1 1 3", "Meta 2 3 2", "Nariño 1 Sin registro 1", "Norte de Santander 3 4 4", "Putumayo Sin registro Sin registro 1",
        "Quindío 3 2 4", "Risaralda 6 7 6", "Santander 5 3 3", "Sucre Sin registro Sin registro 1", "Tolima Sin registro 3 3",
        "Valle del Cauca 6 6 5", "TOTAL 61 57 76",
    ];

    // The seed's III Ola "Sin registro" rows are departments whose initiatives reported no jobs; the portal prints 0 (see README).
    private static readonly (string Department, string Second, string Third, string Occupied)[] EmploymentRows =
    [
        ("Antioquia", "Sin registro", "101.962", "3.067.094"), ("Atlántico", "7.471", "2.105", "1.207.648"),
        ("Bogotá D.C.", "72.401", "326.751", "4.186.301"), ("Bolívar", "743", "10.652", "965.119"), ("Boyacá", "510", "560", "533.692"),
        ("Cundinamarca", "Sin registro", "83.475", "1.394.743"), ("Norte de Santander", "8.189", "142", "531.883"),
        ("Putumayo", "Sin registro", "215", "15"), ("Quindío", "286", "2.106", "254.934"), ("Risaralda", "3.456", "53.900", "457.088"),
        ("Santander", "13.430", "565", "1.050.397"), ("Tolima", "1.352", "358", "607.977"),
        ("Arauca", "50", "0", "29"), ("Caldas", "1.324", "0", "414.911"), ("La Guajira", "187", "0", "486.633"), ("Meta", "1.485", "0", "438.643"),
    ];

    // Huila prints "Sin registro" in the seed and Bogotá 4.127: the sample gives Huila's two categorized initiatives 20 of Bogotá's firms (see README).
    private static readonly string[] FirmRows =
    [
        "Antioquia 202 — 1.769 197.044", "Arauca 34 — 14 9.378", "Atlántico 37 — 95 70.771", "Bogotá D.C. 2.264 — 4.107 443.120",
        "Bolívar 170 — 89 42.374", "Boyacá 37 — 55 50.233", "Caldas 216 — 85 30.528", "Cauca Sin registro — 25 25.217",
        "Cesar Sin registro — 119 21.955", "Córdoba Sin registro — 17 19.540", "Cundinamarca Sin registro — 313 101.426",
        "Huila Sin registro — 20 37.834", "La Guajira 39 — 17 13.024", "Magdalena 12 — 44 29.027", "Meta 106 — 42 46.319",
        "Nariño Sin registro — 14 37.116", "Norte de Santander 138 — 139 50.655", "Putumayo Sin registro — 45 11.205",
        "Quindío 34 — 102 19.911", "Risaralda 116 — 139 36.406", "Santander 86 — 116 92.657", "Sucre Sin registro — 3.950 15.223",
        "Tolima 181 — 593 45.604", "Valle del Cauca 155 — 775 144.881",
    ];

    private static readonly string[] CategorizationRows =
    [
        "Enfoque 38 % 46 % 16 % 76", "Avance general 30 % 55 % 14 % 76", "Estrategia 14 % 28 % 58 % 76",
        "Participantes de la estrategia 24 % 42 % 34 % 76", "Plan de acción 16 % 22 % 62 % 76", "Empresas activas 42 % 9 % 49 % 76",
        "Tamaño de empresas 32 % 7 % 62 % 76", "Asamblea general 30 % 8 % 62 % 76", "Consejo asesor 24 % 16 % 61 % 76",
        "Gerente cluster 13 % 32 % 55 % 76", "Equipo gestor 33 % 43 % 24 % 76", "Mesas de trabajo 20 % 33 % 47 % 76",
        "Actividades 45 % 22 % 33 % 76", "Colaboración 13 % 42 % 45 % 76", "Recursos para estructura operativa 72 % 8 % 20 % 76",
        "Recursos para proyectos 88 % 9 % 3 % 76", "Sostenibilidad 67 % 16 % 17 % 76", "Impacto empresarial 36 % 20 % 45 % 76",
    ];

    private static async Task Run(SsmeAppFactory factory, params string[] arguments)
    {
        var run = await factory.RunVerbAsync(arguments);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', arguments)}: {run.Error}{run.Output}");
    }

    private static string SamplesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ssme.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Ssme.sln not found above the test folder."), "samples", "iii-ola");
    }
}
