using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>
/// Marks a page whose posted form must survive a refused request: a missing or stale antiforgery
/// token (handled here), or an ended session (<see cref="RescueTypedAnswersOnChallenge"/>). Instead of
/// an error page, the typed values are kept and the person is sent back to the same page, which shows them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RescueTypedAnswersAttribute : Attribute, IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var drafts = context.HttpContext.RequestServices.GetRequiredService<RescuedDrafts>();
            if (await drafts.KeepAsync(context.HttpContext, context.HttpContext.RequestAborted) is { } rescued)
            {
                context.Result = new RedirectResult(rescued);
            }
        }

        await next();
    }
}

/// <summary>
/// When a form post to a <see cref="RescueTypedAnswersAttribute"/> page arrives after the session
/// ended, keeps what was typed and sends the person to sign in with the way back to it.
/// </summary>
public sealed class RescueTypedAnswersOnChallenge(RescuedDrafts drafts) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && context.GetEndpoint()?.Metadata.GetMetadata<RescueTypedAnswersAttribute>() is not null
            && await drafts.KeepAsync(context, context.RequestAborted) is { } rescued)
        {
            await context.ChallengeAsync(new AuthenticationProperties { RedirectUri = rescued });
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
