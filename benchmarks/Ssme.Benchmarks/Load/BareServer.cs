using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Ssme.Benchmarks.Load;

/// <summary>The reference: Kestrel answering "hello" with nothing else, started the same way as the portal.</summary>
internal static class BareServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "hello");
        await app.RunAsync();
    }
}
