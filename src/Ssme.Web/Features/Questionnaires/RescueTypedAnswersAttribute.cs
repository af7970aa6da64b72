using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>
/// Marks a page whose posted form must survive a refused request: a missing or stale antiforgery
/// token (handled here), or an ended session (<see cref="RescueTypedAnswersOnChallenge"/>). Instead of
/// an error page, the typed values are kept and the person is sent back to the same page, which shows them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RescueTypedAnswersAttribute : Attribute, IAsyncAlwaysRunResultFilter
{
    private const string PageExpired = "La página caducó y sus últimos cambios no se guardaron: pulse «Guardar» para conservarlos.";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var drafts = context.HttpContext.RequestServices.GetRequiredService<RescuedDrafts>();
            var rescued = await drafts.KeepAsync(context.HttpContext, context.HttpContext.RequestAborted);
            if (AutosaveAnswer.IsAutosave(context.HttpContext.Request))
            {
                // A redirect would be followed by the script's fetch, and that GET would show (and so use up) the kept values unseen.
                context.Result = new JsonResult(rescued is null ? AutosaveAnswer.NotSaved(PageExpired) : AutosaveAnswer.Kept(rescued)) { StatusCode = StatusCodes.Status400BadRequest };
            }
            else if (rescued is not null)
            {
                context.Result = new RedirectResult(rescued);
            }
        }

        await next();
    }
}

/// <summary>
/// When a form post to a <see cref="RescueTypedAnswersAttribute"/> page arrives after the session
/// ended, keeps what was typed and sends the person to sign in with the way back to it. The page's
/// autosave gets the same address as JSON (401) instead of a redirect its fetch would follow.
/// </summary>
public sealed class RescueTypedAnswersOnChallenge(RescuedDrafts drafts, IOptionsMonitor<CookieAuthenticationOptions> cookies) : IAuthorizationMiddlewareResultHandler
{
    private const string NotKept = "Su sesión terminó y sus últimos cambios no se guardaron. Ingrese de nuevo en otra pestaña y luego pulse «Guardar» en esta.";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Challenged || context.GetEndpoint()?.Metadata.GetMetadata<RescueTypedAnswersAttribute>() is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var rescued = await drafts.KeepAsync(context, context.RequestAborted);
        if (AutosaveAnswer.IsAutosave(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(rescued is null ? AutosaveAnswer.NotSaved(NotKept) : AutosaveAnswer.Kept(SignInUrl(rescued)), context.RequestAborted);
        }
        else if (rescued is not null)
        {
            await context.ChallengeAsync(new AuthenticationProperties { RedirectUri = rescued });
        }
        else
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private string SignInUrl(string returnUrl)
    {
        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        return QueryHelpers.AddQueryString(options.LoginPath, options.ReturnUrlParameter, returnUrl);
    }
}
