using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Exchange;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Auditing;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

/// <summary>One initiative of a wave's roster, with its contact and the state of its latest invitation.</summary>
public sealed record RosterLine(
    int EntryId,
    int InitiativeId,
    InitiativeCode? Code,
    string InitiativeName,
    string DepartmentCode,
    string ManagerName,
    string ManagerEmail,
    bool HasManager,
    int? InvitationId,
    InvitationState? Invitation)
{
    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;

    public string InvitationText => Invitation?.ToSpanish() ?? "Sin invitar";
}

/// <summary>What loading a roster did: entries added and updated, initiatives the portal did not know yet, and the entries of the file.</summary>
public sealed record RosterLoad(int Added, int Updated, int NewInitiatives, IReadOnlyList<int> EntryIds)
{
    public int Total => Added + Updated;
}

/// <summary>
/// The roster of a wave (SPEC §10): the initiatives expected and their manager's contact, loaded
/// from a file (all rows or none) or one at a time. A row names a known initiative by
/// <c>initiative_code</c>, else by name + department; only an unknown one is created.
/// </summary>
public sealed class RosterHandler(SsmeDbContext db, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<IReadOnlyList<RosterLine>> ListAsync(int waveId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entries = await (
            from entry in db.RosterEntries.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on entry.InitiativeId equals initiative.Id
            where entry.WaveId == waveId
            select new { entry, initiative.Code, initiative.Name, initiative.NormalizedName, initiative.DepartmentCode, initiative.ManagerUserId })
            .ToListAsync(cancellationToken);
        var invitations = await LatestInvitationsAsync(waveId, cancellationToken);
        return entries
            .OrderBy(row => row.NormalizedName, StringComparer.Ordinal)
            .ThenBy(row => row.DepartmentCode, StringComparer.Ordinal)
            .Select(row =>
            {
                var invitation = invitations.GetValueOrDefault(row.entry.InitiativeId);
                return new RosterLine(row.entry.Id, row.entry.InitiativeId, row.Code, row.Name, row.DepartmentCode, row.entry.ManagerName, row.entry.ManagerEmail, row.ManagerUserId is not null, invitation?.Id, invitation?.StateAt(now));
            })
            .ToList();
    }

    /// <summary>The newest invitation of each initiative in the wave.</summary>
    public async Task<Dictionary<int, Invitation>> LatestInvitationsAsync(int waveId, CancellationToken cancellationToken) =>
        (await db.Invitations.AsNoTracking().Where(invitation => invitation.WaveId == waveId && invitation.InitiativeId != null).ToListAsync(cancellationToken))
            .GroupBy(invitation => invitation.InitiativeId!.Value)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(invitation => invitation.CreatedAt).ThenByDescending(invitation => invitation.Id).First());

    public async Task<RosterEntry?> FindAsync(int entryId, CancellationToken cancellationToken) =>
        await db.RosterEntries.AsNoTracking().FirstOrDefaultAsync(entry => entry.Id == entryId, cancellationToken);

    public async Task<Result<RosterLoad>> LoadFileAsync(Wave wave, Stream input, ExchangeFormat format, Actor actor, CancellationToken cancellationToken)
    {
        var table = await CheckedUpload.ReadTableAsync(input, format, cancellationToken);
        if (!table.Succeeded)
        {
            return Result.Failure<RosterLoad>(table.Errors);
        }

        var (rows, problems) = RosterRules.Check(table.Value.Headers, table.Value.Rows);
        return await LoadAsync(wave, rows, problems.Select(ResultError.FromImport).ToList(), actor, "RosterLoaded", cancellationToken);
    }

    /// <summary>Adds one entry typed on the page; problems come back keyed by the form's fields.</summary>
    public async Task<Result<RosterLoad>> AddAsync(Wave wave, RosterEntryForm form, Actor actor, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>
        {
            [RosterRules.InitiativeCodeColumn] = form.InitiativeCode,
            [RosterRules.InitiativeName] = form.InitiativeName,
            [RosterRules.Department] = form.Department,
            [RosterRules.ManagerName] = form.ManagerName,
            [RosterRules.ManagerEmail] = form.ManagerEmail,
        };
        var (rows, problems) = RosterRules.Check(RosterRules.Columns, [(2, values)]);
        var result = await LoadAsync(wave, rows, problems.Select(ResultError.FromImport).ToList(), actor, "RosterEntryAdded", cancellationToken);
        return result.Succeeded
            ? result
            : Result.Failure<RosterLoad>(result.Errors.Select(error => error.Row is null ? error : new ResultError(FieldMessage(new ImportProblem(error.Row.Value, error.Field, error.Message)), RosterEntryForm.FieldOf(error.Field))));
    }

    public Task<Result> ChangeContactAsync(int entryId, string managerName, string managerEmail, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var entry = await db.RosterEntries.FirstOrDefaultAsync(item => item.Id == entryId, token);
            if (entry is null)
            {
                return Result.Failure("La entrada del directorio no existe.");
            }

            if (RosterEntry.ContactProblem(managerName, managerEmail) is { } problem)
            {
                return Result.Failure(problem.Message, problem.Column == RosterRules.ManagerName ? nameof(RosterEntry.ManagerName) : nameof(RosterEntry.ManagerEmail));
            }

            var before = new { entry.ManagerName, entry.ManagerEmail };
            entry.ChangeContact(managerName, managerEmail);
            audit.Record(actor, "RosterContactChanged", nameof(RosterEntry), entry.Id.ToString(CultureInfo.InvariantCulture), new { before, after = new { entry.ManagerName, entry.ManagerEmail } });
            return Result.Success;
        }, cancellationToken);

    /// <summary>A file problem worded for the one-entry form: the field's label first, as every form message says.</summary>
    /// <summary>
    /// The roster entry of the initiative named by its code or its name (any department, when only
    /// one has it), added or given this contact: the <c>invite --initiative</c> verb.
    /// </summary>
    public async Task<Result<int>> EnsureEntryAsync(Wave wave, string initiativeNameOrCode, string managerEmail, string? managerName, Actor actor, CancellationToken cancellationToken)
    {
        List<Initiative> found;
        if (InitiativeCode.TryParse(initiativeNameOrCode, out var code))
        {
            found = await db.Initiatives.AsNoTracking().Where(initiative => initiative.Code == code).ToListAsync(cancellationToken);
        }
        else
        {
            var normalized = Initiative.NormalizeName(initiativeNameOrCode);
            found = await db.Initiatives.AsNoTracking().Where(initiative => initiative.NormalizedName == normalized).ToListAsync(cancellationToken);
        }

        switch (found.Count)
        {
            case 0:
                return Result.Failure<int>($"No existe la iniciativa «{initiativeNameOrCode.Trim()}». Cárguela con el directorio (--roster) o regístrela primero.");
            case > 1:
                return Result.Failure<int>($"Hay {found.Count} iniciativas «{initiativeNameOrCode.Trim()}» en distintos departamentos ({string.Join(", ", found.Select(item => $"{item.Code} {item.Department.Name}"))}): use su código.");
        }

        var initiativeFound = found[0];
        var name = string.IsNullOrWhiteSpace(managerName) ? managerEmail.Trim() : managerName;
        var row = new RosterRow(2, initiativeFound.Code, initiativeFound.Name, initiativeFound.Department, name.Trim(), managerEmail.Trim());
        var problems = RosterEntry.ContactProblem(row.ManagerName, row.ManagerEmail) is { } contact ? new List<ResultError> { new(contact.Message) } : [];
        var loaded = await LoadAsync(wave, [row], problems, actor, "RosterEntryAdded", cancellationToken);
        return loaded.Succeeded ? Result.Ok(loaded.Value.EntryIds[0]) : Result.Failure<int>(loaded.Errors.Select(error => new ResultError(error.Message)));
    }

    private static string FieldMessage(ImportProblem problem) =>
        problem.Column is RosterRules.InitiativeName or RosterRules.Department or RosterRules.InitiativeCodeColumn
            ? $"{RosterEntryForm.LabelOf(problem.Column)}: {problem.Message}"
            : problem.Message;

    private async Task<Result<RosterLoad>> LoadAsync(Wave wave, IReadOnlyList<RosterRow> rows, List<ResultError> problems, Actor actor, string action, CancellationToken cancellationToken)
    {
        if (wave.Status == WaveStatus.Closed)
        {
            return Result.Failure<RosterLoad>($"La {wave.Name} está cerrada: su directorio ya no cambia.");
        }

        // Codes are few and initiatives at most thousands: one read answers every row's code.
        var idByCode = (await db.Initiatives.AsNoTracking().Select(initiative => new { initiative.Id, initiative.Code }).ToListAsync(cancellationToken))
            .ToDictionary(initiative => initiative.Code!.Value, initiative => initiative.Id);
        foreach (var row in rows.Where(row => row.Code is { } code && !idByCode.ContainsKey(code)))
        {
            problems.Add(new ResultError($"no existe una iniciativa con el código {row.Code}.", RosterRules.InitiativeCodeColumn, row.Row));
        }

        if (problems.Count > 0)
        {
            return Result.Failure<RosterLoad>(problems.OrderBy(problem => problem.Row ?? 0));
        }

        return await unitOfWork.RunAsync(async token =>
        {
            var known = await db.Initiatives.ToListAsync(token);
            var matched = new List<(RosterRow Row, Initiative Initiative)>();
            var created = 0;
            foreach (var row in rows)
            {
                var initiative = row.Code is { } code
                    ? known.Single(item => item.Id == idByCode[code])
                    : known.FirstOrDefault(item => item.NormalizedName == Initiative.NormalizeName(row.InitiativeName) && item.DepartmentCode == row.Department.Code);
                if (initiative is null)
                {
                    initiative = new Initiative(row.InitiativeName, row.Department, managerUserId: null);
                    db.Initiatives.Add(initiative);
                    known.Add(initiative);
                    created++;
                }

                matched.Add((row, initiative));
            }

            var twice = matched.GroupBy(item => item.Initiative).FirstOrDefault(group => group.Count() > 1);
            if (twice is not null)
            {
                var second = twice.Skip(1).First().Row;
                return Result.Failure<RosterLoad>([new ResultError($"es la misma iniciativa de la fila {twice.First().Row.Row} («{twice.Key.Name}»).", RosterRules.InitiativeName, second.Row)]);
            }

            await db.SaveChangesAsync(token);
            var entries = await db.RosterEntries.Where(entry => entry.WaveId == wave.Id).ToListAsync(token);
            var (added, updated) = (0, 0);
            var touched = new List<RosterEntry>();
            foreach (var (row, initiative) in matched)
            {
                var entry = entries.FirstOrDefault(item => item.InitiativeId == initiative.Id);
                if (entry is null)
                {
                    entry = new RosterEntry(wave.Id, initiative.Id, row.ManagerName, row.ManagerEmail);
                    db.RosterEntries.Add(entry);
                    added++;
                }
                else
                {
                    entry.ChangeContact(row.ManagerName, row.ManagerEmail);
                    updated++;
                }

                touched.Add(entry);
            }

            await db.SaveChangesAsync(token);
            audit.Record(actor, action, nameof(Wave), wave.Code, new { added, updated, newInitiatives = created });
            return Result.Ok(new RosterLoad(added, updated, created, touched.Select(entry => entry.Id).ToList()));
        }, cancellationToken);
    }
}
