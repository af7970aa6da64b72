using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Exchange;

public sealed class ExchangeVerbTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    [Fact]
    public async Task Import_and_export_verbs_move_a_wave_through_files_and_name_each_problem()
    {
        var wave = await factory.CreateWaveAsync();
        var csv = Path.Combine(factory.Folder, "ola.csv");
        await File.WriteAllTextAsync(csv, "initiative_name,department,has_period_data,firms_micro,firms_active,status\r\nCluster de Cuero,Antioquia,false,10,4,Draft\r\n", new System.Text.UTF8Encoding(true));
        var bad = Path.Combine(factory.Folder, "mala.csv");
        await File.WriteAllTextAsync(bad, "initiative_name,department,firms_micro,firms_active,status\r\nCluster Malo,05,1,4,Draft\r\n");
        var xlsx = Path.Combine(factory.Folder, "ola.xlsx");

        var imported = await factory.RunVerbAsync("import", "--wave", wave.Code, csv);
        var refused = await factory.RunVerbAsync("import", "--wave", wave.Code, bad);
        var exported = await factory.RunVerbAsync("export", "--wave", wave.Code, "--out", xlsx);
        var unknownWave = await factory.RunVerbAsync("export", "--wave", "XX", "--out", xlsx);

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("1 cuestionario(s) creados", imported.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Fila 2, columna firms_active", refused.Output, StringComparison.Ordinal);
        Assert.Contains("No se importó ninguna fila", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.NotEqual(0, unknownWave.ExitCode);
        Assert.Contains("No existe una ola con el código «XX».", unknownWave.Error, StringComparison.Ordinal);
    }
}
