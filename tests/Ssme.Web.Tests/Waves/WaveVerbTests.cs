using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;
using Ssme.Web.Tests.Support;

namespace Ssme.Web.Tests.Waves;

public sealed class WaveVerbTests(SsmeAppFactory factory) : IClassFixture<SsmeAppFactory>
{
    private static string NewCode() => WaveSeeder.NewCode("V");

    [Fact]
    public async Task Create_wave_creates_it_and_refuses_a_duplicate_or_a_bad_date_in_one_line()
    {
        var code = NewCode();
        var created = await factory.RunVerbAsync("create-wave", "--code", code, "--name", "IV Ola", "--period-year", "2025", "--opens", "2026-02-01", "--closes", "2026-03-31", "--open");
        var duplicate = await factory.RunVerbAsync("create-wave", "--code", code.ToLowerInvariant(), "--name", "IV Ola", "--period-year", "2025", "--opens", "2026-02-01", "--closes", "2026-03-31");
        var badDate = await factory.RunVerbAsync("create-wave", "--code", NewCode(), "--name", "V Ola", "--period-year", "2026", "--opens", "01/02/2027", "--closes", "2027-03-31");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains($"Ola {code} creada", created.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains($"Ya existe una ola con el código «{code}».", duplicate.Error, StringComparison.Ordinal);
        Assert.Single(duplicate.Error.Trim().Split('\n'));
        Assert.NotEqual(0, badDate.ExitCode);
        Assert.Contains("--opens debe ser una fecha AAAA-MM-DD", badDate.Error, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Waves.SingleAsync(wave => wave.Code == code));
        Assert.Equal((WaveStatus.Open, 2025), (stored.Status, stored.PeriodYear));
    }

    [Fact]
    public async Task Close_wave_and_open_wave_follow_the_waves_page_rules_and_are_audited()
    {
        var wave = await factory.CreateWaveAsync(code: NewCode(), open: false);

        var closedBeforeOpening = await factory.RunVerbAsync("close-wave", "--code", wave.Code);
        var opened = await factory.RunVerbAsync("open-wave", "--code", wave.Code.ToLowerInvariant());
        var closed = await factory.RunVerbAsync("close-wave", "--code", wave.Code);
        var unknown = await factory.RunVerbAsync("close-wave", "--code", "NO-EXISTE");

        Assert.NotEqual(0, closedBeforeOpening.ExitCode);
        Assert.Single(closedBeforeOpening.Error.Trim().Split('\n'));
        Assert.True(opened.ExitCode == 0, opened.Error);
        Assert.True(closed.ExitCode == 0, closed.Error);
        Assert.Contains($"Ola {wave.Code} cerrada.", closed.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal(WaveStatus.Closed, await factory.WithDbAsync(db => db.Waves.Where(w => w.Id == wave.Id).Select(w => w.Status).SingleAsync()));
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(entry => entry.EntityId == wave.Code).Select(entry => entry.Action).ToListAsync());
        Assert.Equal(["WaveOpen", "WaveClose"], audited);
    }
}
