using Microsoft.Extensions.Options;

namespace Ssme.Web.Features.Shared;

/// <summary>Configuration section <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The address people use to reach the portal, e.g. <c>https://ssme.redclustercolombia.gov.co/</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The public contact address shown at the foot of every page; none is shown when empty.</summary>
    public string? ContactEmail { get; set; }
}

/// <summary>
/// Absolute links for e-mails, built from <c>Portal:BaseUrl</c> and never from the request: a
/// forged Host header must not turn a password-reset link into a link to someone else's site.
/// </summary>
public sealed class PortalLinks(LinkGenerator links, IOptions<PortalOptions> options)
{
    public string Page(string page, object? values = null)
    {
        var baseUrl = BaseUri(options.Value);
        var path = links.GetPathByPage(page, handler: null, values, pathBase: new PathString(baseUrl.AbsolutePath.TrimEnd('/')))
            ?? throw new InvalidOperationException($"No route to the page {page}.");
        return new Uri(baseUrl, path).ToString();
    }

    public static Uri BaseUri(PortalOptions options) =>
        Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw new InvalidOperationException("Portal:BaseUrl must be the portal's absolute address (https://…); e-mail links are built from it.");
}
