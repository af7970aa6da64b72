using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ssme.Web.Features.Account;

public sealed class ConfirmEmailModel(ManagerRegistrationHandler registration) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code) =>
        Confirmed = userId is not null && code is not null && await registration.ConfirmAsync(userId, code);
}
