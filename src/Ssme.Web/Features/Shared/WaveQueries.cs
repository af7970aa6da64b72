using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;

namespace Ssme.Web.Features.Shared;

/// <summary>How pages and verbs find waves: by the code people type, and newest first for pickers.</summary>
public static class WaveQueries
{
    public static async Task<IReadOnlyList<Wave>> NewestFirstAsync(this IQueryable<Wave> waves, CancellationToken cancellationToken) =>
        (await waves.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(wave => wave.PeriodYear).ThenByDescending(wave => wave.OpensOn).ToList();

    /// <summary>The wave with <paramref name="code"/>, typed in any case and with spaces around it.</summary>
    public static Task<Wave?> FindByCodeAsync(this IQueryable<Wave> waves, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return waves.FirstOrDefaultAsync(wave => wave.Code == normalized, cancellationToken);
    }

    /// <summary>The wave a page shows: the one asked for by code, else the open one, else the newest.</summary>
    public static Wave? Pick(IReadOnlyList<Wave> waves, string? code) =>
        waves.FirstOrDefault(wave => string.Equals(wave.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? waves.FirstOrDefault(wave => wave.Status == WaveStatus.Open)
            ?? (waves.Count > 0 ? waves[0] : null);

    public static string NotFound(string code) => $"No existe una ola con el código «{code.Trim()}».";
}
