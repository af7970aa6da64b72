using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Roster;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>Following an invitation link (SPEC §10): limited like sign-in, since the link is a secret.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class InvitationModel(InvitationHandler invitations, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public AcceptanceForm Form { get; set; } = new();

    public InvitationView? View { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await OpenAsync(token, cancellationToken);
        Form.DisplayName = View?.DisplayName;
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var accepted = await invitations.AcceptAsync(token, Form, SignedInUserId, cancellationToken);
        if (!accepted.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddResultErrors(accepted, "Form.");
            Errors = accepted.Errors.Where(error => error.Field is null).Select(error => error.Message).ToList();
            await OpenAsync(token, cancellationToken);
            return Page();
        }

        await signIn.SignInAsync(accepted.Value.User, isPersistent: false);
        TempData["Status"] = accepted.Value.IsManager
            ? "Invitación aceptada: ya es responsable de la iniciativa en el SSME. Este es su cuestionario."
            : "Invitación aceptada: su contraseña quedó creada.";
        return accepted.Value.IsManager ? RedirectToPage("/Questionnaires/Index") : RedirectToPage("/Home/Index");
    }

    private string? SignedInUserId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private async Task OpenAsync(string token, CancellationToken cancellationToken)
    {
        var opened = await invitations.OpenAsync(token, SignedInUserId, cancellationToken);
        if (opened.Succeeded)
        {
            View = opened.Value;
        }
        else
        {
            Problem = opened.Messages[0];
        }
    }
}
