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
            var answers = AllConsolidated() with
            {
                FocusInterclusterPct = new Percent(focus / 100m),
                FirmsMicro = participating,
                FirmsSmall = 0,
                FirmsMedium = 0,
                FirmsLarge = 0,
                FirmsActive = Math.Min(active, participating),
                SustainabilityMonths = months,
                TeamProfessionals = team,
            };

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
}
