using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Narrative;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Narrative;

/// <summary>The texts of a wave as the editing page shows them; <see cref="Version"/> is null until someone saves them.</summary>
public sealed record NarrativeState(Wave Wave, NarrativeTexts Texts, Guid? Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>
/// The report texts of each wave (SPEC §12), for the editing page and the wave report: the saved
/// texts, or those a wave starts from — the latest earlier wave's saved texts, with the methodology
/// text generated from the wave's own methodology.
/// </summary>
public sealed class NarrativeHandler(SsmeDbContext db, SubmissionCategorizer categorizer, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<NarrativeState?> LoadAsync(int waveId, CancellationToken cancellationToken)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(item => item.Id == waveId, cancellationToken);
        if (wave is null)
        {
            return null;
        }

        var saved = await db.WaveNarratives.AsNoTracking().FirstOrDefaultAsync(narrative => narrative.WaveId == waveId, cancellationToken);
        return saved is null
            ? new NarrativeState(wave, await StartingTextsAsync(wave, cancellationToken), null, null, null)
            : new NarrativeState(wave, saved.Texts, saved.Version, saved.UpdatedAt, saved.UpdatedByName);
    }

    /// <summary>The texts the wave's report prints.</summary>
    public async Task<NarrativeTexts> TextsAsync(Wave wave, CancellationToken cancellationToken)
    {
        var saved = await db.WaveNarratives.AsNoTracking().FirstOrDefaultAsync(narrative => narrative.WaveId == wave.Id, cancellationToken);
        return saved?.Texts ?? await StartingTextsAsync(wave, cancellationToken);
    }

    /// <summary>
    /// Saves every text of the wave. <paramref name="expectedVersion"/> is the version the page was
    /// opened with: when someone saved in between, nothing is overwritten and the page keeps what
    /// this person typed.
    /// </summary>
    public Task<Result> SaveAsync(int waveId, NarrativeTexts texts, Guid? expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(item => item.Id == waveId, token);
            if (wave is null)
            {
                return Result.Failure("La ola no existe.");
            }

            if (texts.Problems() is { Count: > 0 } problems)
            {
                return Result.Failure(problems.Select(problem => new ResultError(problem.Message, problem.Section.ToString())));
            }

            var saved = await db.WaveNarratives.FirstOrDefaultAsync(narrative => narrative.WaveId == waveId, token);
            if (saved is null != expectedVersion is null || (saved is not null && saved.Version != expectedVersion))
            {
                var who = saved is null ? string.Empty : $" ({saved.UpdatedByName}, {EsCo.DateTime(saved.UpdatedAt)})";
                return Result.Conflict($"Otra persona guardó los textos de la {wave.Name} mientras usted los editaba{who}. Sus cambios no se guardaron y siguen en el formulario: copie lo que quiera conservar, vuelva a abrir la página y aplíquelo sobre la versión actual.");
            }

            var now = clock.GetUtcNow();
            if (saved is null)
            {
                db.WaveNarratives.Add(new WaveNarrative(waveId, texts, actor, now));
            }
            else
            {
                // The version read above is the one checked when saving, so a save racing this one is refused too.
                db.Entry(saved).Property(narrative => narrative.Version).OriginalValue = expectedVersion!.Value;
                saved.Edit(texts, actor, now);
            }

            audit.Record(actor, "NarrativeEdited", nameof(Wave), wave.Code, new { Sections = NarrativeSectionText.All.Where(section => texts[section].Length > 0).Select(section => section.ToString()) });
            return Result.Success;
        }, cancellationToken);

    private async Task<NarrativeTexts> StartingTextsAsync(Wave wave, CancellationToken cancellationToken)
    {
        var previous = await (
            from narrative in db.WaveNarratives.AsNoTracking()
            join earlier in db.Waves.AsNoTracking() on narrative.WaveId equals earlier.Id
            where earlier.PeriodYear < wave.PeriodYear || (earlier.PeriodYear == wave.PeriodYear && earlier.Id < wave.Id)
            orderby earlier.PeriodYear descending, earlier.Id descending
            select narrative)
            .FirstOrDefaultAsync(cancellationToken);
        return NarrativeDefaults.StartingTexts(wave, categorizer.Methodology(wave), previous?.Texts);
    }
}
