using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Narrative;
using Ssme.Domain.Privacy;
using Ssme.Domain.Publication;
using Ssme.Domain.Reference;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Identity;

namespace Ssme.Infrastructure.Data;

/// <summary>
/// The portal's database. It is abstract because each provider has its own subclass and its own
/// migrations (<see cref="SqliteSsmeDbContext"/>, <see cref="SqlServerSsmeDbContext"/>).
/// </summary>
public abstract class SsmeDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected SsmeDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Wave> Waves => Set<Wave>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionStatusChange> SubmissionStatusChanges => Set<SubmissionStatusChange>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReferenceFigure> ReferenceFigures => Set<ReferenceFigure>();

    public DbSet<Domain.History.HistoricalFigure> HistoricalFigures => Set<Domain.History.HistoricalFigure>();

    public DbSet<WaveNarrative> WaveNarratives => Set<WaveNarrative>();

    public DbSet<WavePublication> WavePublications => Set<WavePublication>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PrivacyPolicyVersion> PrivacyPolicyVersions => Set<PrivacyPolicyVersion>();

    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<InitiativeClaim> InitiativeClaims => Set<InitiativeClaim>();

    public DbSet<SentMessage> SentMessages => Set<SentMessage>();

    /// <summary>
    /// Saves, first numbering the initiatives being created (SPEC §3: codes in creation order, never
    /// reused). The numbers are reserved in the same transaction as the insert, so a failed save
    /// gives them back and no two savers share one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var uncoded = UncodedInitiatives();
        if (uncoded.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await NumberAsync(uncoded, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        return await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            await NumberAsync(uncoded, token);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, token);
            await transaction.CommitAsync(token);
            return saved;
        }, cancellationToken);
    }

    /// <summary>Numbering needs the database; the portal always saves new initiatives asynchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        UncodedInitiatives().Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("New initiatives are numbered by SaveChangesAsync; call it instead.");

    private List<Initiative> UncodedInitiatives() =>
        ChangeTracker.Entries<Initiative>()
            .Where(entry => entry.State == EntityState.Added && entry.Entity.Code is null)
            .Select(entry => entry.Entity)
            .ToList();

    private async Task NumberAsync(List<Initiative> initiatives, CancellationToken cancellationToken)
    {
        var codes = await InitiativeCodeCounter.ReserveAsync(this, initiatives.Count, cancellationToken);
        for (var i = 0; i < initiatives.Count; i++)
        {
            initiatives[i].AssignCode(codes[i]);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SsmeDbContext).Assembly);
        builder.Entity<ApplicationUser>().Property(user => user.DisplayName).HasMaxLength(200);
    }
}
