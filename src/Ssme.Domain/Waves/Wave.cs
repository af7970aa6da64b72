using Ssme.Domain.Common;

namespace Ssme.Domain.Waves;

/// <summary>
/// A measurement wave (ola). Its status moves Draft → Open → Closed, and a closed wave can be reopened.
/// Managers may only change answers while the wave is open.
/// </summary>
public sealed class Wave
{
    public const int MaxNameLength = 100;
    public const int MinPeriodYear = 2000;
    public const int MaxPeriodYear = 2100;
    public const string DefaultMethodologyVersion = "ssme-2020";

    private Wave()
    {
        Code = string.Empty;
        Name = string.Empty;
        MethodologyVersion = DefaultMethodologyVersion;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int PeriodYear { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>The methodology version pinned by this wave, so later threshold changes never recategorize it.</summary>
    public string MethodologyVersion { get; private set; }

    public WaveStatus Status { get; private set; }

    public WaveCode WaveCode => WaveCode.Parse(Code);

    public bool AcceptsAnswers => Status == WaveStatus.Open;

    /// <summary>Frozen means frozen for everyone (SPEC §2): a closed wave takes no file until it is reopened.</summary>
    public bool AcceptsImports => Status != WaveStatus.Closed;

    public string ImportRefusal =>
        $"La ola {Code} está cerrada y sus cuestionarios están congelados: no se importa ninguna fila. Si hay que corregirla, un administrador debe reabrirla primero.";

    public void EnsureAcceptsImports()
    {
        if (!AcceptsImports)
        {
            throw new DomainException(ImportRefusal);
        }
    }

    public bool CanOpen => Status == WaveStatus.Draft;

    public bool CanClose => Status == WaveStatus.Open;

    public bool CanReopen => Status == WaveStatus.Closed;

    public static Wave Create(WaveCode code, string name, int periodYear, DateOnly opensOn, DateOnly closesOn, string methodologyVersion = DefaultMethodologyVersion)
    {
        var wave = new Wave { Code = code.Value, MethodologyVersion = methodologyVersion };
        wave.Edit(name, periodYear, opensOn, closesOn);
        return wave;
    }

    public void Edit(string name, int periodYear, DateOnly opensOn, DateOnly closesOn)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("El nombre de la ola es obligatorio.");
        }

        if (name.Trim().Length > MaxNameLength)
        {
            throw new DomainException($"El nombre de la ola no puede superar {MaxNameLength} caracteres.");
        }

        if (periodYear is < MinPeriodYear or > MaxPeriodYear)
        {
            throw new DomainException($"El año del periodo de análisis debe estar entre {MinPeriodYear} y {MaxPeriodYear}.");
        }

        if (closesOn < opensOn)
        {
            throw new DomainException("La fecha de cierre no puede ser anterior a la fecha de apertura.");
        }

        Name = name.Trim();
        PeriodYear = periodYear;
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }

    public void Open()
    {
        if (!CanOpen)
        {
            throw new DomainException(Status == WaveStatus.Open
                ? $"La ola {Code} ya está abierta."
                : $"La ola {Code} está cerrada; use «Reabrir» para volver a abrirla.");
        }

        Status = WaveStatus.Open;
    }

    public void Close()
    {
        if (!CanClose)
        {
            throw new DomainException(Status == WaveStatus.Closed
                ? $"La ola {Code} ya está cerrada."
                : $"La ola {Code} no se ha abierto; solo se puede cerrar una ola abierta.");
        }

        Status = WaveStatus.Closed;
    }

    public void Reopen()
    {
        if (!CanReopen)
        {
            throw new DomainException($"Solo se puede reabrir una ola cerrada; la ola {Code} está {Status.ToSpanish().ToLowerInvariant()}.");
        }

        Status = WaveStatus.Open;
    }
}
