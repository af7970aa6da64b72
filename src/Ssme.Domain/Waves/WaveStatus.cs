namespace Ssme.Domain.Waves;

public enum WaveStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

public static class WaveStatusText
{
    public static string ToSpanish(this WaveStatus status) => status switch
    {
        WaveStatus.Draft => "Borrador",
        WaveStatus.Open => "Abierta",
        WaveStatus.Closed => "Cerrada",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
