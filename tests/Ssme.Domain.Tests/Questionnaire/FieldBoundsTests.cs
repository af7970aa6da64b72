using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;

namespace Ssme.Domain.Tests.Questionnaire;

public sealed class FieldBoundsTests
{
    public static TheoryData<string> CountCodes => new(QuestionnaireFields.All.Where(question => question.Kind == FieldKind.Count).Select(question => question.Code));

    public static TheoryData<string> PesosCodes => new(QuestionnaireFields.All.Where(question => question.Kind == FieldKind.Pesos).Select(question => question.Code));

    [Theory]
    [MemberData(nameof(CountCodes))]
    public void A_count_of_ten_million_is_accepted_and_one_more_is_refused_naming_the_field_and_the_bound(string code)
    {
        var field = QuestionnaireFields.Get(code);

        var largest = field.TryAssign(new Answers(), "10000000", ValueFormat.Machine);
        var before = new Answers();
        var above = field.TryAssign(before, "10000001", ValueFormat.Machine);

        Assert.Null(largest.Problem);
        Assert.Equal("10000000", field.ToMachine(largest.Answers));
        Assert.Equal($"{field.ShortLabel}: escriba un número entero entre 0 y 10.000.000 (escribió «10000001»).", above.Problem);
        Assert.Same(before, above.Answers);
    }

    [Theory]
    [MemberData(nameof(PesosCodes))]
    public void An_amount_of_ten_to_the_fifteen_pesos_is_accepted_and_one_peso_more_is_refused(string code)
    {
        var field = QuestionnaireFields.Get(code);

        var largest = field.TryAssign(new Answers(), "1000000000000000", ValueFormat.Machine);
        var above = field.TryAssign(new Answers(), "1000000000000001", ValueFormat.Machine);

        Assert.Null(largest.Problem);
        Assert.StartsWith($"{field.ShortLabel}: escriba un valor en pesos entre 0 y $ 1.000.000.000.000.000", above.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_int_overflow_of_the_black_box_test_is_refused_on_the_form_and_in_files()
    {
        foreach (var format in new[] { ValueFormat.Machine, ValueFormat.Typed })
        {
            var (_, problem) = QuestionnaireFields.Get(FieldCodes.FirmsMicro).TryAssign(new Answers(), "2147483647", format);

            Assert.StartsWith("Microempresas: escriba un número entero entre 0 y 10.000.000", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_free_text_is_held_to_at_most_four_thousand_characters()
    {
        var texts = QuestionnaireFields.All.Where(field => field.Kind is FieldKind.Text or FieldKind.LongText).ToList();

        Assert.All(texts, field => Assert.InRange(field.MaxLength!.Value, 1, 4000));
        var desired = QuestionnaireFields.Get(FieldCodes.DesiredSupport);
        Assert.Null(desired.TryAssign(new Answers(), new string('a', 4000), ValueFormat.Typed).Problem);
        Assert.Equal("Apoyos deseados: no puede superar 4.000 caracteres (tiene 4.001).", desired.TryAssign(new Answers(), new string('a', 4001), ValueFormat.Typed).Problem);
    }

    [Fact]
    public void Sums_of_huge_but_valid_counts_do_not_wrap()
    {
        var answers = new Answers
        {
            FirmsMicro = int.MaxValue,
            FirmsSmall = int.MaxValue,
            FirmsMedium = int.MaxValue,
            FirmsLarge = int.MaxValue,
            FirmsActive = 8,
            ActivitiesBusiness = int.MaxValue,
            ActivitiesEnvironment = int.MaxValue,
            ActivitiesNetworking = 1,
        };

        Assert.Equal<long?>(4L * int.MaxValue, DerivedMeasures.ParticipatingFirms(answers));
        Assert.Equal<long?>(2L * int.MaxValue, DerivedMeasures.MediumAndLargeFirms(answers));
        Assert.Equal<long?>((2L * int.MaxValue) + 1, DerivedMeasures.AllActivities(answers));
        Assert.True(DerivedMeasures.ActiveFirmsShare(answers)!.Value.Approximate < 0.000001);
        Assert.True(DerivedMeasures.NetworkingActivitiesShare(answers)!.Value.Approximate < 0.000001);
    }
}
