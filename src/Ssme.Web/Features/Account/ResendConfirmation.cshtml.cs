using Microsoft.AspNetCore.RateLimiting;
using Ssme.Infrastructure.Email;
using Ssme.Web.Composition;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Account;

/// <summary>A new confirmation e-mail for someone who registered and lost or never got the first one.</summary>
[EnableRateLimiting(ServiceRegistration.SignInRateLimit)]
public sealed class ResendConfirmationModel(ManagerRegistrationHandler registration, IEmailSender emailSender, PortalLinks links) : AnswerAlikeMailModel(emailSender)
{
    protected override Task<EmailMessage?> MessageForAsync(string email) =>
        registration.ConfirmationAgainAsync(email, (userId, code) => links.Page("/Account/ConfirmEmail", new { userId, code }));
}
