using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ssme.Web.Tests.Support;

/// <summary>The real clock, moved forward on demand: links that lapse after days and once-a-day rules are tested without waiting.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

/// <summary>The app on its own database with a <see cref="ShiftableClock"/> for time.</summary>
public sealed class ClockedAppFactory : SsmeAppFactory
{
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
