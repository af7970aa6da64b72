using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;

namespace Ssme.Web.Composition;

/// <summary>
/// SPEC §11 ends a session as soon as its account's security stamp changes (sign-out, lock, role
/// change, password reset), so the stamp is checked on every request. Identity's own validator
/// then also rebuilds the principal from the user, its claims, roles and role claims and re-issues
/// the cookie on every request (five queries and a data-protection round trip); since anything
/// that would change those claims also changes the stamp, comparing the stamp alone — one
/// primary-key read — decides the same.
/// </summary>
public sealed class StoredStampValidator(SsmeDbContext db, SignInManager<ApplicationUser> signIn, IOptions<IdentityOptions> identity) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = identity.Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var stored = userId is null ? null : await StoredStamp(db, userId, context.HttpContext.RequestAborted);
        if (stored is null || stored != stamp)
        {
            context.RejectPrincipal();
            await signIn.SignOutAsync();
        }
    }

    // Compiled once: this runs on every signed-in request.
    private static readonly Func<SsmeDbContext, string, CancellationToken, Task<string?>> StoredStamp =
        EF.CompileAsyncQuery((SsmeDbContext context, string userId, CancellationToken _) =>
            context.Users.AsNoTracking().Where(user => user.Id == userId).Select(user => user.SecurityStamp).FirstOrDefault());
}
