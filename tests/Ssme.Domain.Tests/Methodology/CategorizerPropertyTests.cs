using CsCheck;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

public sealed class CategorizerPropertyTests
{
    private static readonly Gen<decimal> Pct = Gen.Int[0, 10_000].Select(hundredths => hundredths / 100m);

    [Fact]
    public void Raising_a_percent_answer_never_lowers_its_level() =>
        Gen.Select(Pct, Pct).Sample((a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lower = AllConsolidated() with
            {
                FocusInterclusterPct = new Percent(low),
                StrategyParticipantsBusinessPct = new Percent(low),
            };
            var higher = AllConsolidated() with
            {
                FocusInterclusterPct = new Percent(high),
                StrategyParticipantsBusinessPct = new Percent(high),
            };

            return LevelOf(lower, "focus") <= LevelOf(higher, "focus")
                && LevelOf(lower, "strategy_participants") <= LevelOf(higher, "strategy_participants");
        });

    [Fact]
    public void More_active_or_impacted_firms_never_lower_the_level() =>
        Gen.Select(Gen.Int[1, 5_000], Gen.Int[0, 5_000], Gen.Int[0, 5_000]).Sample((participating, first, second) =>
        {
            var (fewer, more) = (Math.Min(first, second) % (participating + 1), Math.Max(first, second) % (participating + 1));
            if (fewer > more)
            {
                (fewer, more) = (more, fewer);
            }

            var lower = WithFirms(participating, fewer);
            var higher = WithFirms(participating, more);
            return LevelOf(lower, "active_firms") <= LevelOf(higher, "active_firms")
                && LevelOf(lower, "business_impact") <= LevelOf(higher, "business_impact");
        });

    [Fact]
    public void More_months_professionals_or_firm_funding_never_lower_the_level() =>
        Gen.Select(Gen.Int[0, 120], Gen.Int[0, 120], Gen.Int[1, 1_000_000]).Sample((a, b, total) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lower = AllConsolidated() with
            {
                SustainabilityMonths = low,
                TeamProfessionals = low,
                ProjectsFirmsCop = new Cop(Math.Min(low, total)),
                ProjectsPublicCop = new Cop(total - Math.Min(low, total)),
                ProjectsPrivateCop = Cop.Zero,
            };
            var higher = AllConsolidated() with
            {
                SustainabilityMonths = high,
                TeamProfessionals = high,
                ProjectsFirmsCop = new Cop(Math.Min(high, total)),
                ProjectsPublicCop = new Cop(total - Math.Min(high, total)),
                ProjectsPrivateCop = Cop.Zero,
            };

            return LevelOf(lower, "sustainability") <= LevelOf(higher, "sustainability")
                && LevelOf(lower, "management_team") <= LevelOf(higher, "management_team")
                && LevelOf(lower, "project_funding") <= LevelOf(higher, "project_funding");
        });

    [Fact]
    public void A_positive_denominator_always_gives_a_level() =>
        Gen.Select(Gen.Int[1, 100_000], Gen.Int[0, 100_000], Gen.Int[0, 1_000], Gen.Int[1, 1_000]).Sample((participating, active, networking, others) =>
        {
            var answers = WithFirms(participating, active % (participating + 1)) with
            {
                ActivitiesNetworking = networking,
                ActivitiesBusiness = others,
                ActivitiesEnvironment = 0,
            };
            var result = Categorizer.Categorize(answers, Ssme2020);
            return result.Variable("active_firms").Level is not null
                && result.Variable("business_impact").Level is not null
                && result.Variable("activities").Level is not null
                && result.Overall is not null;
        });

    private static Domain.Questionnaire.Answers WithFirms(int participating, int activeAndImpacted) =>
        AllConsolidated() with
        {
            FirmsMicro = participating,
            FirmsSmall = 0,
            FirmsMedium = 0,
            FirmsLarge = 0,
            FirmsActive = activeAndImpacted,
            FirmsImpacted = activeAndImpacted,
        };
}
