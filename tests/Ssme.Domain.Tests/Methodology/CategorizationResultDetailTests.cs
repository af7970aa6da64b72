using CsCheck;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using static Ssme.Domain.Tests.Methodology.SampleAnswers;

namespace Ssme.Domain.Tests.Methodology;

public sealed class CategorizationResultDetailTests
{
    [Fact]
    public void The_compact_levels_and_the_explained_details_always_agree() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 300], Gen.Int[0, 300], Gen.Int[0, 40], Gen.Int[0, 3]).Sample((focus, participating, active, months, team) =>
        {
            var answers = AllConsolidated();
            answers.FocusInterclusterPct = new Percent(focus / 100m);
            answers.FirmsMicro = participating;
            answers.FirmsSmall = 0;
            answers.FirmsMedium = 0;
            answers.FirmsLarge = 0;
            answers.FirmsActive = Math.Min(active, participating);
            answers.SustainabilityMonths = months;
            answers.TeamProfessionals = team;

            var result = Categorizer.Categorize(answers, Ssme2020);

            for (var i = 0; i < Ssme2020.Variables.Count; i++)
            {
                if (result.VariableLevel(i) != result.Variables[i].Level)
                {
                    return false;
                }
            }

            return Enumerable.Range(0, Ssme2020.Areas.Count).All(i => result.AreaLevel(i) == result.Areas[i].Level);
        });

    [Fact]
    public void Changing_the_answers_afterwards_does_not_change_an_explanation()
    {
        var answers = AllConsolidated();
        var result = Categorizer.Categorize(answers, Ssme2020);

        answers.FocusInterclusterPct = new Percent(5m);

        Assert.Equal(Level.Consolidated, result.Variable("focus").Level);
        Assert.StartsWith("90 % de enfoque intercluster", result.Variable("focus").Explanation, StringComparison.Ordinal);
    }
}
