using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Reference;
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

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SsmeDbContext).Assembly);
        builder.Entity<ApplicationUser>().Property(user => user.DisplayName).HasMaxLength(200);
    }
}
