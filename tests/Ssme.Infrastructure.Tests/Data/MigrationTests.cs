using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Ssme.Domain.Initiatives;
using Ssme.Infrastructure.Data;

namespace Ssme.Infrastructure.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task All_migrations_apply_to_an_empty_sqlite_database()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteSsmeDbContext(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite(connection).Options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Superset(
            new HashSet<string> { "Waves", "Initiatives", "Submissions", "SubmissionStatusChanges", "AuditEntries", "ReferenceFigures", "HistoricalFigures", "DataProtectionKeys", "AspNetUsers", "AspNetRoles" },
            tables.ToHashSet());
        Assert.Equal(0, await db.Waves.CountAsync());
    }

    [Fact]
    public async Task Existing_initiatives_get_codes_in_creation_order_and_new_ones_continue_after_them()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteSsmeDbContext(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ReviewIndexes");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Initiatives" ("Id", "Name", "NormalizedName", "DepartmentCode") VALUES
                (9, 'Tercera', 'tercera', '05'), (2, 'Primera', 'primera', '05'), (5, 'Segunda', 'segunda', '05');
            """);

        await migrator.MigrateAsync();
        db.Initiatives.Add(new Initiative("Cuarta", Department.FromCode("05"), null));
        await db.SaveChangesAsync();

        var codes = await db.Initiatives.AsNoTracking().OrderBy(initiative => initiative.Id).Select(initiative => new { initiative.Name, initiative.Code }).ToListAsync();
        Assert.Equal(
            ["Primera IC-0001", "Segunda IC-0002", "Tercera IC-0003", "Cuarta IC-0004"],
            codes.Select(row => $"{row.Name} {row.Code}"));
    }

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteSsmeDbContext(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add for SqliteSsmeDbContext.");
    }

    [Fact]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = new SqlServerSsmeDbContext(new DbContextOptionsBuilder<SqlServerSsmeDbContext>().UseSqlServer("Server=unused;Database=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run dotnet ef migrations add for SqlServerSsmeDbContext.");
        Assert.Equal(
            db.Database.GetMigrations().Select(MigrationName),
            SqliteMigrationNames());
    }

    private static List<string> SqliteMigrationNames()
    {
        using var sqlite = new SqliteSsmeDbContext(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite("Data Source=:memory:").Options);
        return sqlite.Database.GetMigrations().Select(MigrationName).ToList();
    }

    // Migration ids start with a timestamp that differs between the providers; the names must match.
    private static string MigrationName(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
