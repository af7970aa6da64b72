using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Users;
using Ssme.Infrastructure.Identity;

namespace Ssme.Web.Features.Home;

public sealed class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    /// <summary>Analysts are offered the second factor that admins must use (SPEC §11); managers are not asked.</summary>
    public bool OfferSecondFactor { get; private set; }

    public async Task OnGetAsync() =>
        OfferSecondFactor = User.IsInRole(Roles.Analyst) && await users.GetUserAsync(User) is { TwoFactorEnabled: false };
}
