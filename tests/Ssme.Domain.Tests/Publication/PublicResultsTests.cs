using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Publication;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reporting;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Publication;

public sealed class PublicResultsTests
{
    private static readonly MethodologyDefinition Methodology = MethodologyCatalog.LoadEmbedded().Get(Wave.DefaultMethodologyVersion);

    [Theory]
    [InlineData(10, 6, 4, 6, null, null)] // one small cell: another goes too, or n minus the others would give it
    [InlineData(10, 5, 5, 5, 5, 0)]       // zero is no group
    [InlineData(6, 2, 2, null, null, null)]
    [InlineData(12, 7, 0, 7, 0, 5)]
    [InlineData(4, 4, 0, null, null, null)] // n under five hides the whole row
    public void A_level_with_fewer_than_five_initiatives_is_never_published(int n, int level1, int level2, int? shown1, int? shown2, int? shown3)
    {
        var counts = new LevelCounts(level1, level2, n - level1 - level2);
        var figures = new WaveFigures(n, n, new Dictionary<SubmissionStatus, int>(), [new VariableDistribution(Methodology.Variables[0], counts)], [], counts);

        var row = PublicResults.Build(figures, [], "III", "III Ola", 2019).Variables[0];

        Assert.Equal(n < PublicResults.MinimumGroup ? null : n, row.N);
        Assert.Equal([shown1, shown2, shown3], row.Cells.Select(cell => cell.Initiatives));
    }

    [Fact]
    public void Small_departments_are_pooled_and_a_pool_under_five_is_reserved()
    {
        var figures = new WaveFigures(9, 9, new Dictionary<SubmissionStatus, int>(), [], [], LevelCounts.Empty);
        var categorized = Enumerable.Repeat((Department.FromCode("05"), (Macrosector?)Macrosector.Servicios), 6)
            .Concat(Enumerable.Repeat((Department.FromCode("11"), (Macrosector?)Macrosector.Manufactura), 3))
            .ToList();

        var results = PublicResults.Build(figures, categorized, "III", "III Ola", 2019);

        Assert.Equal([new PublicGroupCount("05", "Antioquia", 6), new PublicGroupCount(PublicResults.OthersCode, "Otros departamentos", null)], results.Departments);
        Assert.Equal(new PublicGroupCount(PublicResults.OthersCode, "Otros macrosectores", null), results.Macrosectors[^1]);
        Assert.Equal(results.ToJson(), PublicResults.FromJson(results.ToJson()).ToJson());
    }
}
