using CsCheck;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

/// <summary>Applying the stated change reaches the next level, and one unit less does not.</summary>
public sealed class LevelDistancePropertyTests
{
    private static readonly Gen<decimal> Pct = Gen.Int[0, 10_000].Select(hundredths => hundredths / 100m);

    [Fact]
    public void Active_and_impacted_firms_reach_the_next_level_with_exactly_the_stated_firms() =>
        Gen.Select(Gen.Int[20, 5_000], Gen.Int[0, 5_000]).Sample((participating, raw) =>
        {
            var count = raw % (participating + 1);
            var answers = LevelDistanceTests.WithActiveFirms(participating, count) with { FirmsImpacted = count };
            return Holds(answers, "active_firms", (a, k) => a with { FirmsActive = a.FirmsActive + k })
                && Holds(answers, "business_impact", (a, k) => a with { FirmsImpacted = a.FirmsImpacted + k });
        });

    [Fact]
    public void Networking_activities_reach_the_next_level_with_exactly_the_stated_activities() =>
        Gen.Select(Gen.Int[0, 2_000], Gen.Int[0, 2_000], Gen.Int[0, 2_000]).Sample((networking, business, environment) =>
            networking + business + environment == 0
            || Holds(
                AllConsolidated() with { ActivitiesNetworking = networking, ActivitiesBusiness = business, ActivitiesEnvironment = environment },
                "activities",
                (a, k) => a with { ActivitiesNetworking = a.ActivitiesNetworking + k }));

    [Fact]
    public void Pesos_reach_the_next_level_with_exactly_the_stated_amount() =>
        Gen.Select(Gen.Long[0, 10_000_000_000], Gen.Long[0, 10_000_000_000], Gen.Long[0, 10_000_000_000]).Sample((firms, privateSource, publicSource) =>
        {
            var answers = AllConsolidated() with
            {
                OpexFirmsCop = new Cop(firms),
                OpexPrivateCop = new Cop(privateSource),
                OpexPublicCop = new Cop(publicSource),
                ProjectsFirmsCop = new Cop(firms),
                ProjectsPrivateCop = new Cop(privateSource),
                ProjectsPublicCop = new Cop(publicSource),
            };
            return firms + privateSource + publicSource == 0
                || (HoldsInPesos(answers, "operating_funding", (a, k) => a with { OpexFirmsCop = new Cop(a.OpexFirmsCop!.Value.Amount + k) })
                    && HoldsInPesos(answers, "project_funding", (a, k) => a with { ProjectsFirmsCop = new Cop(a.ProjectsFirmsCop!.Value.Amount + k) }));
        });

    [Fact]
    public void Months_professionals_and_medium_or_large_firms_reach_the_next_level_with_exactly_the_stated_count() =>
        Gen.Int[0, 60].Sample(count =>
        {
            var answers = AllConsolidated() with { SustainabilityMonths = count, TeamProfessionals = count, FirmsMedium = count, FirmsLarge = 0 };
            return Holds(answers, "sustainability", (a, k) => a with { SustainabilityMonths = a.SustainabilityMonths + k })
                && Holds(answers, "management_team", (a, k) => a with { TeamProfessionals = a.TeamProfessionals + k })
                && Holds(answers, "firm_size", (a, k) => a with { FirmsMedium = a.FirmsMedium + k });
        });

    [Fact]
    public void Percent_answers_reach_the_next_level_with_the_stated_points() =>
        Pct.Sample(pct =>
        {
            var answers = AllConsolidated() with { FocusInterclusterPct = new Percent(pct), StrategyParticipantsBusinessPct = new Percent(pct) };
            return HoldsInPoints(answers, "focus", (a, points) => a with { FocusInterclusterPct = new Percent(a.FocusInterclusterPct!.Value.Value + points) })
                && HoldsInPoints(answers, "strategy_participants", (a, points) => a with { StrategyParticipantsBusinessPct = new Percent(a.StrategyParticipantsBusinessPct!.Value.Value + points) });
        });

    [Fact]
    public void Choices_name_answers_that_give_exactly_the_next_level() =>
        Gen.OneOfConst(ClusterManagerStatus.None, ClusterManagerStatus.PartTime, ClusterManagerStatus.FullTimeFormal).Sample(status =>
        {
            var result = Categorizer.Categorize(AllConsolidated() with { ClusterManager = status }, Ssme2020).Variable("cluster_manager");
            return result.DistanceToNextLevel is not { } distance
                ? result.Level == Level.Consolidated
                : distance.ChoiceCodes.Count > 0 && distance.ChoiceCodes.All(code => LevelOf(AllConsolidated() with { ClusterManager = Parse(code) }, "cluster_manager") == distance.Target);
        });

    private static ClusterManagerStatus Parse(string code) =>
        ChoiceCode.TryParse<ClusterManagerStatus>(code, out var status) ? status : throw new ArgumentException(code);

    private static bool Holds(Answers answers, string variable, Func<Answers, int, Answers> add)
    {
        var result = Categorizer.Categorize(answers, Ssme2020).Variable(variable);
        if (result.DistanceToNextLevel is not { } distance)
        {
            return result.Level == Level.Consolidated;
        }

        var amount = (int)distance.Amount;
        return amount == distance.Amount
            && amount >= 1
            && LevelOf(add(answers, amount), variable) == distance.Target
            && LevelOf(add(answers, amount - 1), variable) == result.Level;
    }

    private static bool HoldsInPesos(Answers answers, string variable, Func<Answers, decimal, Answers> add)
    {
        var result = Categorizer.Categorize(answers, Ssme2020).Variable(variable);
        if (result.DistanceToNextLevel is not { } distance)
        {
            return result.Level == Level.Consolidated;
        }

        return distance.Amount >= 1m
            && decimal.Truncate(distance.Amount) == distance.Amount
            && LevelOf(add(answers, distance.Amount), variable) == distance.Target
            && LevelOf(add(answers, distance.Amount - 1m), variable) == result.Level;
    }

    private static bool HoldsInPoints(Answers answers, string variable, Func<Answers, decimal, Answers> add)
    {
        var result = Categorizer.Categorize(answers, Ssme2020).Variable(variable);
        if (result.DistanceToNextLevel is not { } distance)
        {
            return result.Level == Level.Consolidated;
        }

        // Decimals are allowed, so an open bound is reached by anything above the gap, never by the gap itself.
        const decimal Hundredth = 0.01m;
        return distance.MoreThan
            ? LevelOf(add(answers, distance.Amount + Hundredth), variable) == distance.Target && LevelOf(add(answers, distance.Amount), variable) == result.Level
            : LevelOf(add(answers, distance.Amount), variable) == distance.Target && LevelOf(add(answers, distance.Amount - Hundredth), variable) == result.Level;
    }
}
