using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ssme.Infrastructure.Data;

// Used only by `dotnet ef` to build and script migrations; the running app configures the
// contexts from configuration in DependencyInjection.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSsmeDbContext>
{
    public SqliteSsmeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSsmeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSsmeDbContext>
{
    public SqlServerSsmeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerSsmeDbContext>().UseSqlServer("Server=localhost;Database=Ssme;Integrated Security=true;TrustServerCertificate=true").Options);
}
