using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ssme.Infrastructure.Data;

/// <summary>The SQLite flavour of the database: the embedded default and the one the tests use.</summary>
public sealed class SqliteSsmeDbContext(DbContextOptions<SqliteSsmeDbContext> options) : SsmeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The SQL Server flavour of the database, used in production.</summary>
public sealed class SqlServerSsmeDbContext(DbContextOptions<SqlServerSsmeDbContext> options) : SsmeDbContext(options);
