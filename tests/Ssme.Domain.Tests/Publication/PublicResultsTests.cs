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
    [InlineData(10, 6, 4, null, null, 0)] // one small cell: another goes too, or n minus the others would give it; a zero would not hide it
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
    public void Small_departments_are_pooled_and_a_pool_under_five_cannot_be_worked_out_from_the_total()
    {
        // 9 categorized: Antioquia 6, Bogotá 3. "Otros" (3) is reserved; were Antioquia shown, 9 − 6 would give it: Antioquia goes too.
        var figures = new WaveFigures(9, 9, new Dictionary<SubmissionStatus, int>(), [], [], LevelCounts.Empty);
        var categorized = Enumerable.Repeat((Department.FromCode("05"), (Macrosector?)Macrosector.Servicios), 6)
            .Concat(Enumerable.Repeat((Department.FromCode("11"), (Macrosector?)Macrosector.Manufactura), 3))
            .ToList();

        var results = PublicResults.Build(figures, categorized, "III", "III Ola", 2019);

        Assert.Equal([new PublicGroupCount("05", "Antioquia", null), new PublicGroupCount(PublicResults.OthersCode, "Otros departamentos", null)], results.Departments);
        Assert.Equal(new PublicGroupCount(PublicResults.OthersCode, "Otros macrosectores", null), results.Macrosectors[^1]);
        AssertNothingSmallDerivable(9, results.Departments.Select(group => (group.Initiatives, Actual: group.Code == "05" ? 6 : 3)).ToList());
        Assert.Equal(results.ToJson(), PublicResults.FromJson(results.ToJson()).ToJson());
    }

    [Fact]
    public void Of_several_departments_only_the_smallest_shown_one_is_reserved_with_the_pool()
    {
        // 20: Antioquia 8, Valle 7, Bogotá 5 and Caldas 2 pooled. Reserving Bogotá with the pool leaves 5 + 2 = 7 unknown between two cells.
        var figures = new WaveFigures(22, 22, new Dictionary<SubmissionStatus, int>(), [], [], LevelCounts.Empty);
        var categorized = Repeat("05", 8).Concat(Repeat("76", 7)).Concat(Repeat("11", 5)).Concat(Repeat("17", 2)).ToList();

        var departments = PublicResults.Build(figures, categorized, "III", "III Ola", 2019).Departments;

        Assert.Equal([8, 7, null, null], departments.Select(group => group.Initiatives));
        AssertNothingSmallDerivable(22, [(8, 8), (7, 7), (null, 5), (null, 2)]);
    }

    [Theory]
    [InlineData(20, 10, 5, 3)] // "Sin dato" 2: n would give it away
    [InlineData(20, 12, 4, 3)] // "Sin dato" 1 and Nivel 2 with 4
    [InlineData(30, 12, 10, 8)] // nothing small
    [InlineData(23, 6, 6, 7)]   // "Sin dato" 4
    public void A_variables_sin_dato_under_five_cannot_be_worked_out_from_n_or_the_shares(int categorized, int level1, int level2, int level3)
    {
        var counts = new LevelCounts(level1, level2, level3);
        var figures = new WaveFigures(categorized, categorized, new Dictionary<SubmissionStatus, int>(), [new VariableDistribution(Methodology.Variables[0], counts)], [], counts);
        var sinDato = categorized - counts.N;

        var row = PublicResults.Build(figures, [], "III", "III Ola", 2019).Variables[0];

        if (sinDato is > 0 and < PublicResults.MinimumGroup)
        {
            // n and every share are withheld (a count beside its share gives n back), and the levels shown never add up to n.
            Assert.Null(row.N);
            Assert.All(row.Cells, cell => Assert.Null(cell.Percent));
        }

        // Sin dato is the fourth cell of the row: the row adds up to the categorized total.
        List<(int? Shown, int Actual)> cells = [.. row.Cells.Select(cell => (cell.Initiatives, counts.Count(cell.Level))), (null, sinDato)];
        AssertNothingSmallDerivable(categorized, cells);
        if (row.N is { } n)
        {
            AssertNothingSmallDerivable(n, cells.Take(3).ToList());
        }
    }

    /// <summary>
    /// Cells that add up to a published total: when all but one are published, the last is the total
    /// minus the others. No hidden group of 1–4 initiatives may be the only hidden cell.
    /// </summary>
    private static void AssertNothingSmallDerivable(int total, IReadOnlyList<(int? Shown, int Actual)> cells)
    {
        var hidden = cells.Where(cell => cell.Shown is null).ToList();
        Assert.All(cells.Where(cell => cell.Shown is { } shown), cell => Assert.True(cell.Shown is >= PublicResults.MinimumGroup or 0, $"{cell.Shown} published"));
        Assert.Equal(total, cells.Sum(cell => cell.Actual));
        if (hidden.Count == 1)
        {
            Assert.True(hidden[0].Actual is 0 or >= PublicResults.MinimumGroup, $"{hidden[0].Actual} = {total} − the cells shown");
        }

        // Nor may the hidden cells together be a group of 1–4 (say "not in Nivel 1").
        Assert.True(hidden.Sum(cell => cell.Actual) is 0 or >= PublicResults.MinimumGroup, $"the hidden cells add up to {hidden.Sum(cell => cell.Actual)}");
    }

    private static IEnumerable<(Department, Macrosector?)> Repeat(string department, int count) =>
        Enumerable.Repeat((Department.FromCode(department), (Macrosector?)Macrosector.Servicios), count);
}
