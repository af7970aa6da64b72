using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Infrastructure.Email;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>
/// A page that mails something to an address only if it has an account in the right state, and
/// answers the same in words and in time whatever the address (SPEC §11): the message is prepared
/// during the request and sent after the answer is out.
/// </summary>
public abstract class AnswerAlikeMailModel(IEmailSender emailSender) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Correo electrónico: escriba el correo de su cuenta.")]
    [EmailAddress(ErrorMessage = "Correo electrónico: no tiene un formato válido.")]
    [Display(Name = "Correo electrónico")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await MessageForAsync(Email.Trim()) is { } message)
        {
            // A request that ended must not cancel the mail it asked for.
            Response.OnCompleted(() => emailSender.SendAsync(message, CancellationToken.None));
        }

        Sent = true;
        return Page();
    }

    /// <summary>The message for this address, or null when it gets none.</summary>
    protected abstract Task<EmailMessage?> MessageForAsync(string email);
}
