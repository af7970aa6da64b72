using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Ssme.Web.Composition;

/// <summary>
/// Behind a proxy that is not listed in <c>ForwardedHeaders:KnownProxies</c>, every user shares the
/// proxy's address and so one sign-in allowance. The headers are rightly ignored; this says why, once.
/// </summary>
internal static partial class UntrustedForwardingWarning
{
    private static int _warned;

    public static IApplicationBuilder UseUntrustedForwardingWarning(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UntrustedForwardingWarning));
        return app.Use((context, next) =>
        {
            // After UseForwardedHeaders a trusted header has been consumed; one still present came from an unlisted sender.
            if (context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
                && Interlocked.Exchange(ref _warned, 1) == 0)
            {
                LogUntrusted(logger, context.Connection.RemoteIpAddress?.ToString() ?? "desconocida", options.KnownProxies.Count + options.KnownIPNetworks.Count);
            }

            return next(context);
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "X-Forwarded-For arrived from {Sender}, which is not a configured proxy ({Configured} configured); it is ignored. If the portal runs behind a proxy, list it in ForwardedHeaders:KnownProxies or every user shares one rate limit.")]
    private static partial void LogUntrusted(ILogger logger, string sender, int configured);
}
