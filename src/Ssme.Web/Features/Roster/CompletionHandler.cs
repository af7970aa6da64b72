using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
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

/// <summary>One roster initiative in the completion list.</summary>
public sealed record CompletionLine(
    int EntryId,
    int InitiativeId,
    InitiativeCode? Code,
    string InitiativeName,
    string DepartmentCode,
    string ManagerName,
    string ManagerEmail,
    CompletionStatus Status,
    DateTimeOffset? LastActivity,
    InvitationState? Invitation,
    DateTimeOffset? LastReminder,
    string? BoundManagerName,
    string? BoundManagerEmail)
{
    public bool HasManager => BoundManagerEmail is not null;

    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;

    public string InvitationText => Invitation?.ToSpanish() ?? "Sin invitar";
}

/// <summary>The wave's roster by status: the counts of every group and the lines of the chosen one (all when none).</summary>
public sealed record Completion(IReadOnlyDictionary<CompletionStatus, int> Counts, IReadOnlyList<CompletionLine> Lines, int Total);

/// <summary>What a round of reminders did.</summary>
public sealed record ReminderRun(int Sent, int Failed, int AlreadyToday);

/// <summary>
/// Completion and reminders (SPEC §10): how far each roster initiative is in a wave, and reminders to
/// a chosen group — at most one per initiative per day (<see cref="ReminderRule"/>), each logged.
/// </summary>
public sealed class CompletionHandler(SsmeDbContext db, RosterHandler roster, InvitationHandler invitations, OutgoingMail outgoing, PortalLinks links, IAuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> ExportColumns = ["initiative_code", "initiative_name", "department", "manager_name", "manager_email", "status", "last_activity", "invitation"];

    public async Task<Completion> CompletionAsync(Wave wave, CompletionStatus? only, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from entry in db.RosterEntries.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on entry.InitiativeId equals initiative.Id
            join submission in db.Submissions.AsNoTracking().Where(item => item.WaveId == wave.Id) on entry.InitiativeId equals submission.InitiativeId into submissions
            from submission in submissions.DefaultIfEmpty()
            join manager in db.Users.AsNoTracking() on initiative.ManagerUserId equals manager.Id into managers
            from manager in managers.DefaultIfEmpty()
            where entry.WaveId == wave.Id
            select new
            {
                entry.Id,
                entry.InitiativeId,
                initiative.Code,
                initiative.Name,
                initiative.NormalizedName,
                initiative.DepartmentCode,
                BoundName = manager == null ? null : manager.DisplayName,
                BoundEmail = manager == null ? null : manager.Email,
                entry.ManagerName,
                entry.ManagerEmail,
                Status = submission == null ? (SubmissionStatus?)null : submission.Status,
                UpdatedAt = submission == null ? (DateTimeOffset?)null : submission.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var invitations = await roster.ContactInvitationsAsync(wave.Id, cancellationToken);
        var reminders = await LastRemindersAsync(wave.Id, cancellationToken);
        var lines = rows
            .OrderBy(row => row.NormalizedName, StringComparer.Ordinal)
            .ThenBy(row => row.DepartmentCode, StringComparer.Ordinal)
            .Select(row =>
            {
                var invitation = invitations.GetValueOrDefault(row.InitiativeId);
                var lastReminder = reminders.TryGetValue(row.InitiativeId, out var at) ? at : (DateTimeOffset?)null;
                var activity = new[] { row.UpdatedAt, invitation?.AcceptedAt }.Max();
                return new CompletionLine(row.Id, row.InitiativeId, row.Code, row.Name, row.DepartmentCode, row.ManagerName, row.ManagerEmail, CompletionStatuses.Of(row.Status), activity, invitation?.StateAt(now), lastReminder, row.BoundName, row.BoundEmail);
            })
            .ToList();
        var counts = CompletionStatuses.All.ToDictionary(status => status, status => lines.Count(line => line.Status == status));
        return new Completion(counts, only is { } status ? lines.Where(line => line.Status == status).ToList() : lines, lines.Count);
    }

    /// <summary>The completion list as CSV (UTF-8 with BOM), the same columns for every filter.</summary>
    public async Task WriteCsvAsync(Wave wave, CompletionStatus? only, Stream output, CancellationToken cancellationToken)
    {
        var completion = await CompletionAsync(wave, only, cancellationToken);
        var rows = completion.Lines.Select(line => (IReadOnlyList<string?>)
        [
            line.Code?.ToString(),
            ExchangeColumns.Defuse(line.InitiativeName),
            line.Department,
            ExchangeColumns.Defuse(line.ManagerName),
            ExchangeColumns.Defuse(line.ManagerEmail),
            line.Status.Code(),
            line.LastActivity?.ToOffset(EsCo.ColombiaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            line.Invitation?.ToString().ToLowerInvariant() ?? "none",
        ]);
        await ExchangeFiles.WriteAsync(output, ExchangeFormat.Csv, ExportColumns, rows, _ => false, cancellationToken);
    }

    /// <summary>
    /// Reminds the managers of the roster initiatives in <paramref name="groups"/> (the waiting ones
    /// by default); an initiative reminded today is skipped; every attempt is logged.
    /// </summary>
    public async Task<Result<ReminderRun>> RemindAsync(Wave wave, IReadOnlyCollection<CompletionStatus>? groups, Actor actor, CancellationToken cancellationToken)
    {
        if (wave.Status != WaveStatus.Open)
        {
            return Result.Failure<ReminderRun>($"La {wave.Name} no está abierta: los recordatorios se envían solo mientras se puede responder.");
        }

        var chosen = groups is { Count: > 0 } ? groups : CompletionStatuses.Remindable;
        var unwanted = chosen.Where(group => !CompletionStatuses.Remindable.Contains(group)).ToList();
        if (unwanted.Count > 0)
        {
            return Result.Failure<ReminderRun>($"Estado: solo se recuerda a las iniciativas sin empezar, en borrador o devueltas, no a las «{unwanted[0].ToSpanish()}».", "estado");
        }

        var completion = await CompletionAsync(wave, null, cancellationToken);
        var now = clock.GetUtcNow();
        var (sent, failed, already) = (0, 0, 0);
        var questionnaire = links.Page("/Questionnaires/Index");
        foreach (var line in completion.Lines.Where(line => chosen.Contains(line.Status)))
        {
            if (!ReminderRule.AllowsAnother(line.LastReminder, now))
            {
                already++;
                continue;
            }

            // The initiative's manager account is reminded when there is one (after a claim or a hand-over it may
            // not be the roster contact); whoever has no account on it yet needs an invitation link, not the sign-in.
            var (to, name) = line.HasManager ? (line.BoundManagerEmail!, line.BoundManagerName!) : (line.ManagerEmail, line.ManagerName);
            (int InvitationId, string Link)? invitation = null;
            if (!line.HasManager && await invitations.ReminderLinkAsync(wave, line.InitiativeId, to, name, actor, cancellationToken) is { Succeeded: true } fresh)
            {
                invitation = fresh.Value;
            }

            var message = PortalEmails.Reminder(to, name, line.InitiativeName, wave.Name, wave.ClosesOn, line.Status.ReminderSituation(), invitation?.Link ?? questionnaire);
            var outcome = await outgoing.SendAsync(message, MessageKind.Reminder, line.InitiativeId, wave.Id);
            if (invitation is { } created)
            {
                await invitations.RecordDeliveryAsync(created.InvitationId, outcome.Sent);
            }

            (sent, failed) = outcome.Sent ? (sent + 1, failed) : (sent, failed + 1);
        }

        await unitOfWork.RunAsync(_ =>
        {
            audit.Record(actor, "RemindersSent", nameof(Wave), wave.Code, new { groups = chosen.Select(group => group.Code()), sent, failed, already });
            return Task.FromResult(Result.Success);
        }, CancellationToken.None);
        return Result.Ok(new ReminderRun(sent, failed, already));
    }

    /// <summary>When each initiative of the wave was last reminded; failed attempts do not count (the rule is about messages people got).</summary>
    private async Task<Dictionary<int, DateTimeOffset>> LastRemindersAsync(int waveId, CancellationToken cancellationToken) =>
        (await db.SentMessages.AsNoTracking()
            .Where(message => message.WaveId == waveId && message.Kind == MessageKind.Reminder && message.Failure == null && message.InitiativeId != null)
            .Select(message => new { message.InitiativeId, message.At })
            .ToListAsync(cancellationToken))
            .GroupBy(message => message.InitiativeId!.Value)
            .ToDictionary(group => group.Key, group => group.Max(message => message.At));
}
