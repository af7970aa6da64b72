using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Waves;

namespace Ssme.Web.Features.Shared;

/// <summary>How pages and verbs find waves: by the code people type, and newest first for pickers.</summary>
public static class WaveQueries
{
    public static async Task<IReadOnlyList<Wave>> NewestFirstAsync(this IQueryable<Wave> waves, CancellationToken cancellationToken) =>
        (await waves.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(wave => wave.PeriodYear).ThenByDescending(wave => wave.OpensOn).ToList();

    /// <summary>The waves with <paramref name="code"/> as people type it (any case, spaces around), read as <see cref="WaveCode"/> reads it; none when it is no code.</summary>
    public static IQueryable<Wave> WithCode(this IQueryable<Wave> waves, string code)
    {
        var valid = WaveCode.TryParse(code, out var parsed);
        var value = parsed.Value;
        return valid ? waves.Where(wave => wave.Code == value) : waves.Where(_ => false);
    }

    public static Task<Wave?> FindByCodeAsync(this IQueryable<Wave> waves, string code, CancellationToken cancellationToken) =>
        waves.WithCode(code).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The wave a page shows: the one asked for by code, else the open one, else the newest.</summary>
    public static Wave? Pick(IReadOnlyList<Wave> waves, string? code) =>
        Named(waves, code)
            ?? waves.FirstOrDefault(wave => wave.Status == WaveStatus.Open)
            ?? (waves.Count > 0 ? waves[0] : null);

    /// <summary>The wave of the list with the code the person chose, if any.</summary>
    public static Wave? Named(IReadOnlyList<Wave> waves, string? code) =>
        WaveCode.TryParse(code, out var parsed) ? waves.FirstOrDefault(wave => wave.Code == parsed.Value) : null;

    public static string NotFound(string code) => $"No existe una ola con el código «{code.Trim()}».";
}
