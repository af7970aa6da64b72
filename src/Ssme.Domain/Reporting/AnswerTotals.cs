using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Reporting;

/// <summary>The sums, means and shares every section of the wave report takes over the categorized answers.</summary>
internal static class AnswerTotals
{
    /// <summary>Initiatives per option of a choice or multi-choice question; labels come from the questionnaire.</summary>
    public static List<Share> ChoiceShares(IReadOnlyList<Answers> answers, string code)
    {
        var field = QuestionnaireFields.Get(code);
        var counts = field.Options.ToDictionary(option => option.Code, _ => 0L, StringComparer.Ordinal);
        foreach (var item in answers)
        {
            foreach (var value in (field.ToMachine(item) ?? string.Empty).Split(ChoiceCode.MultiSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                counts[value]++;
            }
        }

        return field.Options.Select(option => new Share(option.Label, counts[option.Code], answers.Count)).ToList();
    }

    public static List<Share> AmountShares(IReadOnlyList<(string Label, decimal Amount)> parts)
    {
        var total = parts.Sum(part => part.Amount);
        return parts.Select(part => new Share(part.Label, (long)part.Amount, (long)total)).ToList();
    }

    public static decimal Sum(IEnumerable<Answers> answers, Func<Answers, decimal?> value) => answers.Sum(a => value(a) ?? 0m);

    public static long SumCount(IEnumerable<Answers> answers, Func<Answers, int?> value) => answers.Sum(a => (long)(value(a) ?? 0));

    public static Fraction Mean(IReadOnlyList<Answers> answers, Func<Answers, decimal?> value)
    {
        var values = answers.Select(value).OfType<decimal>().ToList();
        return new Fraction(values.Sum(), values.Count * 100m);
    }
}
