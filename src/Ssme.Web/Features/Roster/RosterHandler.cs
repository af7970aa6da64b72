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

/// <summary>One initiative of a wave's roster, with its contact, the state of the links sent to that contact, and its bound manager's e-mail.</summary>
public sealed record RosterLine(
    int EntryId,
    int InitiativeId,
    InitiativeCode? Code,
    string InitiativeName,
    string DepartmentCode,
    string ManagerName,
    string ManagerEmail,
    string? BoundManagerEmail,
    InvitationState? Invitation)
{
    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;

    public bool HasManager => BoundManagerEmail is not null;

    public bool ManagerIsContact => BoundManagerEmail is { } bound && string.Equals(bound, ManagerEmail, StringComparison.OrdinalIgnoreCase);

    public string InvitationText => Invitation?.ToSpanish() ?? "Sin invitar";

    public bool BulkInvites => InvitationRules.BulkInvites(Invitation, ManagerIsContact);

    /// <summary>The one action the row offers; every one writes to the contact shown on the row.</summary>
    public string? ActionText =>
        ManagerIsContact ? null
        : HasManager ? "Entregar la iniciativa a este contacto"
        : Invitation is InvitationState.Pending ? "Reenviar"
        : "Invitar";
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
            join manager in db.Users.AsNoTracking() on initiative.ManagerUserId equals manager.Id into managers
            from manager in managers.DefaultIfEmpty()
            select new { entry, initiative.Code, initiative.Name, initiative.NormalizedName, initiative.DepartmentCode, ManagerEmail = manager == null ? null : manager.Email })
            .ToListAsync(cancellationToken);
        var invitations = await ContactInvitationsAsync(waveId, cancellationToken);
        return entries
            .OrderBy(row => row.NormalizedName, StringComparer.Ordinal)
            .ThenBy(row => row.DepartmentCode, StringComparer.Ordinal)
            .Select(row =>
            {
                var invitation = invitations.GetValueOrDefault(row.entry.InitiativeId);
                return new RosterLine(row.entry.Id, row.entry.InitiativeId, row.Code, row.Name, row.DepartmentCode, row.entry.ManagerName, row.entry.ManagerEmail, row.ManagerEmail, invitation?.StateAt(now));
            })
            .ToList();
    }

    /// <summary>Per roster initiative of the wave, the invitation that tells the state of the links sent to its current contact (<see cref="InvitationRules.Current"/>).</summary>
    public async Task<Dictionary<int, Invitation>> ContactInvitationsAsync(int waveId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contacts = await db.RosterEntries.AsNoTracking().Where(entry => entry.WaveId == waveId).ToDictionaryAsync(entry => entry.InitiativeId, entry => entry.ManagerEmail, cancellationToken);
        return (await db.Invitations.AsNoTracking().Where(invitation => invitation.WaveId == waveId && invitation.InitiativeId != null).ToListAsync(cancellationToken))
            .Where(invitation => contacts.TryGetValue(invitation.InitiativeId!.Value, out var contact) && invitation.IsFor(contact))
            .GroupBy(invitation => invitation.InitiativeId!.Value)
            .ToDictionary(group => group.Key, group => InvitationRules.Current(group, now)!);
    }

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
            await WithdrawLinksNotToAsync([entry], actor, token);
            return Result.Success;
        }, cancellationToken);

    /// <summary>
    /// Takes the initiative off the wave's roster, only while it has no questionnaire in the wave
    /// (what was answered keeps its place); links not used yet stop working. Audited.
    /// </summary>
    public Task<Result<string>> RemoveAsync(int entryId, bool confirmed, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async token =>
        {
            var found = await (
                from entry in db.RosterEntries
                join initiative in db.Initiatives on entry.InitiativeId equals initiative.Id
                join wave in db.Waves on entry.WaveId equals wave.Id
                where entry.Id == entryId
                select new { entry, initiative.Name, WaveName = wave.Name })
                .FirstOrDefaultAsync(token);
            if (found is null)
            {
                return Result.Failure<string>("La entrada del directorio no existe.");
            }

            if (!confirmed)
            {
                return Result.Failure<string>($"Confirme que quiere quitar «{found.Name}» del directorio: marque la casilla.", "Confirmed");
            }

            if (await db.Submissions.AnyAsync(submission => submission.WaveId == found.entry.WaveId && submission.InitiativeId == found.entry.InitiativeId, token))
            {
                return Result.Failure<string>($"No se puede quitar «{found.Name}» del directorio: ya tiene un cuestionario en la {found.WaveName}, que se conserva con la iniciativa.");
            }

            var now = clock.GetUtcNow();
            var pending = await db.Invitations.Where(Invitation.UsableAt(now)).Where(invitation => invitation.WaveId == found.entry.WaveId && invitation.InitiativeId == found.entry.InitiativeId).ToListAsync(token);
            pending.ForEach(invitation => invitation.Withdraw(now));
            db.RosterEntries.Remove(found.entry);
            audit.Record(actor, "RosterEntryRemoved", nameof(RosterEntry), entryId.ToString(CultureInfo.InvariantCulture), new { found.entry.WaveId, found.entry.InitiativeId, found.entry.ManagerEmail, withdrawnInvitations = pending.Select(invitation => invitation.Id) });
            return Result.Ok(found.Name);
        }, cancellationToken);

    /// <summary>
    /// A contact changed to another address: the links sent to the earlier one and not used yet stop
    /// working, so the person who no longer answers for the initiative cannot take it (audited).
    /// </summary>
    private async Task WithdrawLinksNotToAsync(IReadOnlyCollection<RosterEntry> entries, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var initiativeIds = entries.Select(entry => (int?)entry.InitiativeId).ToList();
        var pending = await db.Invitations.Where(Invitation.UsableAt(now)).Where(invitation => initiativeIds.Contains(invitation.InitiativeId)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var stale = pending.Where(invitation => invitation.InitiativeId == entry.InitiativeId && !invitation.IsFor(entry.ManagerEmail)).ToList();
            if (stale.Count == 0)
            {
                continue;
            }

            stale.ForEach(invitation => invitation.Withdraw(now));
            audit.Record(actor, "InvitationsWithdrawn", nameof(RosterEntry), entry.Id.ToString(CultureInfo.InvariantCulture), new { entry.InitiativeId, to = stale.Select(invitation => invitation.Email).Distinct(StringComparer.OrdinalIgnoreCase), invitations = stale.Select(invitation => invitation.Id) });
        }
    }

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

    /// <summary>A file problem worded for the one-entry form: the field's label first, as every form message says.</summary>
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
            await WithdrawLinksNotToAsync(touched, actor, token);
            audit.Record(actor, action, nameof(Wave), wave.Code, new { added, updated, newInitiatives = created });
            return Result.Ok(new RosterLoad(added, updated, created, touched.Select(entry => entry.Id).ToList()));
        }, cancellationToken);
    }
}
