using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Ssme.Infrastructure.Email;
using Ssme.Infrastructure.Identity;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>A password-reset link, for a confirmed account only; the answer never tells which.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> userManager, IEmailSender emailSender, PortalLinks links) : AnswerAlikeMailModel(emailSender)
{
    protected override async Task<EmailMessage?> MessageForAsync(string email)
    {
        var user = await userManager.FindByEmailAsync(email);
        if (user is null || !user.EmailConfirmed)
        {
            return null;
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return PortalEmails.ResetPassword(user.Email!, links.Page("/Account/ResetPassword", new { code, email = user.Email }));
    }
}
