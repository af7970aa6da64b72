using System.Security.Claims;
using Ssme.Domain.Submissions;

namespace Ssme.Web.Features.Shared;

public static class ActorExtensions
{
    /// <summary>The signed-in user as recorded in status history and the audit log.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in."),
            user.Identity?.Name ?? "desconocido");
}
