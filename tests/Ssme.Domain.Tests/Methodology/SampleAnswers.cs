using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.TestData;

namespace Ssme.Domain.Tests.Methodology;

internal static class SampleAnswers
{
    public static readonly MethodologyDefinition Ssme2020 = MethodologyCatalog.LoadEmbedded().Get("ssme-2020");

    /// <summary>An initiative at Nivel 3 on every variable, to vary one input at a time.</summary>
    public static Answers AllConsolidated() => ConsolidatedAnswers.Create();

    public static Level? LevelOf(Answers answers, string variable) =>
        Categorizer.Categorize(answers, Ssme2020).Variable(variable).Level;
}
