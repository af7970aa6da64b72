using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Ssme.Web.Composition;

/// <summary>
/// An upload over a page's <c>[RequestSizeLimit]</c> answers 413, so the person gets the
/// "Archivo demasiado grande" page. Left to MVC, the antiforgery check reads the form first and
/// turns the server's refusal into a 400 ("La solicitud no es válida"), or a server without a body
/// limit lets the file through to the page.
/// </summary>
public static class UploadSizeLimit
{
    public static IApplicationBuilder UseUploadSizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.HasFormContentType ||
                context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not { MaxRequestBodySize: { } limit })
            {
                await next(context);
                return;
            }

            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body sent without its length is counted as it arrives: reading the form here, under
            // the page's limit, finds out before anything else reads it (the form is kept for the page).
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
}
