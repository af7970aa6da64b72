using Microsoft.AspNetCore.Identity;

namespace Ssme.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The version of the personal-data policy the person accepted (Ley 1581), null before consenting.</summary>
    public int? PrivacyConsentVersion { get; set; }

    public DateTimeOffset? PrivacyConsentAt { get; set; }

    public Domain.Privacy.PrivacyConsent? Consent() =>
        PrivacyConsentVersion is { } version && PrivacyConsentAt is { } at ? new Domain.Privacy.PrivacyConsent(version, at) : null;

    public void GiveConsent(Domain.Privacy.PrivacyConsent consent)
    {
        PrivacyConsentVersion = consent.Version;
        PrivacyConsentAt = consent.At;
    }
}
