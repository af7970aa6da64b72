using Ssme.Domain.Common;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Waves;

public sealed class WaveTests
{
    private static Wave NewWave() => Wave.Create(WaveCode.Parse("iv"), "IV Ola", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void A_wave_opens_closes_and_reopens()
    {
        var wave = NewWave();
        Assert.Equal(("IV", WaveStatus.Draft, false), (wave.Code, wave.Status, wave.AcceptsAnswers));

        wave.Open();
        Assert.True(wave.AcceptsAnswers);
        wave.Close();
        Assert.Equal(WaveStatus.Closed, wave.Status);
        wave.Reopen();
        Assert.Equal(WaveStatus.Open, wave.Status);
    }

    [Fact]
    public void Closing_twice_is_refused_in_spanish()
    {
        var wave = NewWave();
        wave.Open();
        wave.Close();

        var exception = Assert.Throws<DomainException>(wave.Close);

        Assert.Equal("La ola IV ya está cerrada.", exception.Message);
    }

    [Fact]
    public void Forbidden_transitions_are_refused()
    {
        var wave = NewWave();

        Assert.Throws<DomainException>(wave.Close);
        Assert.Throws<DomainException>(wave.Reopen);
        wave.Open();
        Assert.Throws<DomainException>(wave.Open);
    }

    [Theory]
    [InlineData("")]
    [InlineData("IV OLA")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("-IV")]
    public void Bad_codes_are_refused(string code) =>
        Assert.False(WaveCode.TryParse(code, out _));

    [Fact]
    public void Dates_in_the_wrong_order_are_refused() =>
        Assert.Equal(
            "La fecha de cierre no puede ser anterior a la fecha de apertura.",
            Assert.Throws<DomainException>(() => Wave.Create(WaveCode.Parse("V"), "V Ola", 2026, new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1))).Message);

    [Fact]
    public void New_waves_pin_the_current_methodology() =>
        Assert.Equal("ssme-2020", NewWave().MethodologyVersion);
}
