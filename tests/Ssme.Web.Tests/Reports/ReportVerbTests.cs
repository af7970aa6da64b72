using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Reports;

public sealed class ReportVerbTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Report_verb_writes_the_wave_report_and_a_ficha_found_by_name()
    {
        var wave = await factory.CreateWaveAsync();
        var csv = Path.Combine(factory.Folder, "ola.csv");
        await File.WriteAllTextAsync(csv, "initiative_name,department,has_period_data,firms_micro,firms_active,status\r\nCluster de Cuero,Antioquia,false,10,4,Draft\r\n");
        var reference = Path.Combine(factory.Folder, "referencia.csv");
        await File.WriteAllTextAsync(reference, "department,year,occupied_population,registered_firms\r\nAntioquia,2019,3067094,197044\r\n");
        var pdf = Path.Combine(factory.Folder, "informe.pdf");
        var ficha = Path.Combine(factory.Folder, "ficha.pdf");
        Assert.Equal(0, (await factory.RunVerbAsync("import", "--wave", wave.Code, csv)).ExitCode);

        var referenceImport = await factory.RunVerbAsync("import", "--reference", reference);
        var report = await factory.RunVerbAsync("report", "--wave", wave.Code, "--out", pdf);
        var initiativeReport = await factory.RunVerbAsync("report", "--wave", wave.Code, "--initiative", "cluster de cuero", "--out", ficha);
        var missing = await factory.RunVerbAsync("report", "--wave", wave.Code, "--initiative", "Cluster Inexistente", "--out", Path.Combine(factory.Folder, "otra.pdf"));

        Assert.True(referenceImport.ExitCode == 0, referenceImport.Error);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));
        Assert.True(initiativeReport.ExitCode == 0, initiativeReport.Error);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(ficha))[..4]));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no tiene un cuestionario de la iniciativa «Cluster Inexistente»", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.Folder, "otra.pdf")));
    }
}
