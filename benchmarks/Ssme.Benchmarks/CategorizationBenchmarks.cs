using BenchmarkDotNet.Attributes;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.TestData;

namespace Ssme.Benchmarks;

[MemoryDiagnoser]
public class CategorizationBenchmarks
{
    private const int Submissions = 100_000;

    private Answers[] _answers = [];
    private MethodologyDefinition _methodology = null!;

    [GlobalSetup]
    public void Setup()
    {
        _methodology = MethodologyCatalog.LoadEmbedded().Get("ssme-2020");
        _answers = SyntheticAnswers.Create(Submissions);
    }

    /// <summary>Categorizes 100 000 varied submissions; divide the mean by 100 000 for one submission.</summary>
    [Benchmark(OperationsPerInvoke = Submissions)]
    public int Categorize100000Submissions()
    {
        var consolidated = 0;
        foreach (var answers in _answers)
        {
            if (Categorizer.Categorize(answers, _methodology).Overall == Level.Consolidated)
            {
                consolidated++;
            }
        }

        return consolidated;
    }
}
