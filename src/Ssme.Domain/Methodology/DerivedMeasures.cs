using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Methodology;

/// <summary>
/// The values computed from the answers, in one place: the engine, the form's validation, the
/// exports and the report all read them from here.
/// </summary>
public static class DerivedMeasures
{
    /// <summary>Sum of firms by size; null when no size was answered.</summary>
    public static long? ParticipatingFirms(Answers answers) =>
        Sum(answers.FirmsMicro, answers.FirmsSmall, answers.FirmsMedium, answers.FirmsLarge);

    /// <summary>Medium plus large firms; null when neither was answered.</summary>
    public static long? MediumAndLargeFirms(Answers answers) =>
        Sum(answers.FirmsMedium, answers.FirmsLarge);

    /// <summary>Active firms over participating firms.</summary>
    public static Ratio? ActiveFirmsShare(Answers answers) =>
        answers.FirmsActive is { } active && ParticipatingFirms(answers) is { } participating ? new Ratio(active, participating) : null;

    /// <summary>Impacted firms over participating firms.</summary>
    public static Ratio? ImpactedFirmsShare(Answers answers) =>
        answers.FirmsImpacted is { } impacted && ParticipatingFirms(answers) is { } participating ? new Ratio(impacted, participating) : null;

    /// <summary>All activities led in the period; null when none of the three was answered.</summary>
    public static long? AllActivities(Answers answers) =>
        Sum(answers.ActivitiesBusiness, answers.ActivitiesEnvironment, answers.ActivitiesNetworking);

    /// <summary>Networking, business and knowledge activities over all activities.</summary>
    public static Ratio? NetworkingActivitiesShare(Answers answers) =>
        answers.ActivitiesNetworking is { } networking && AllActivities(answers) is { } all ? new Ratio(networking, all) : null;

    /// <summary>All funding of the operating structure; null when no source was answered.</summary>
    public static decimal? OperatingFunding(Answers answers) =>
        Sum(answers.OpexPublicCop?.Amount, answers.OpexPrivateCop?.Amount, answers.OpexFirmsCop?.Amount);

    /// <summary>All funding of projects; null when no source was answered.</summary>
    public static decimal? ProjectFunding(Answers answers) =>
        Sum(answers.ProjectsPublicCop?.Amount, answers.ProjectsPrivateCop?.Amount, answers.ProjectsFirmsCop?.Amount);

    /// <summary>Private resources (other organisations plus participating firms) over all operating funding.</summary>
    public static Ratio? PrivateOperatingFundingShare(Answers answers) =>
        OperatingFunding(answers) is { } all
            ? new Ratio((answers.OpexPrivateCop?.Amount ?? 0m) + (answers.OpexFirmsCop?.Amount ?? 0m), all)
            : null;

    /// <summary>Participating firms' resources over all project funding.</summary>
    public static Ratio? FirmsProjectFundingShare(Answers answers) =>
        ProjectFunding(answers) is { } all ? new Ratio(answers.ProjectsFirmsCop?.Amount ?? 0m, all) : null;

    /// <summary>
    /// Counts are added in 64 bits: values stored before the bounds of SPEC §4 were enforced must not
    /// wrap around into a small, plausible total.
    /// </summary>
    private static long? Sum(params ReadOnlySpan<int?> counts)
    {
        long? total = null;
        foreach (var count in counts)
        {
            if (count is { } value)
            {
                total = (total ?? 0L) + value;
            }
        }

        return total;
    }

    private static decimal? Sum(decimal? first, decimal? second, decimal? third) =>
        first is null && second is null && third is null ? null : (first ?? 0m) + (second ?? 0m) + (third ?? 0m);
}
