using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;

namespace Ssme.Web.Features.Account;

/// <summary>
/// Admins must use a second factor (SPEC §11): until theirs is enrolled, every page but the few
/// listed here sends them to enrolment. It runs on every page, so a page added later is covered
/// without anyone remembering to; and an admin whose account cannot be read is sent there too.
/// </summary>
public sealed class AdminSecondFactorFilter(UserManager<ApplicationUser> users) : IAsyncPageFilter
{
    private static readonly HashSet<string> ReachableBeforeEnrolment = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Authenticator",
        "/Account/Logout",
        "/Account/AccessDenied",
        "/Home/Error",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        if (principal.IsInRole(Roles.Admin)
            && !ReachableBeforeEnrolment.Contains(context.ActionDescriptor.ViewEnginePath)
            && await users.GetUserAsync(principal) is not { TwoFactorEnabled: true })
        {
            context.Result = new RedirectToPageResult("/Account/Authenticator");
            return;
        }

        await next();
    }
}
