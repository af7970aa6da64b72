using Ssme.Domain.Common;
using Ssme.Domain.Exchange;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Exchange;

public sealed class ImportPlanTests
{
    private static readonly Actor Analyst = new("a1", "analista@ssme.test");
    private static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(-5));

    private static (Wave Wave, Initiative Initiative, Submission Submission) Existing(SubmissionStatus status)
    {
        var wave = Wave.Create(WaveCode.Parse("IV"), "IV Ola", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
        wave.Open();
        var initiative = new Initiative("Cluster de Cacao", Department.FromCode("05"), null);
        initiative.AssignCode(InitiativeCode.FromNumber(3));
        var submission = Submission.Import(initiative.Id, wave, initiative.WithIdentity(new Answers { Employment = 10 }), status, Analyst, Now, "carga");
        return (wave, initiative, submission);
    }

    private static ImportedRow Row(Answers answers, InitiativeCode? code = null, string? name = "Cluster de Cacao", SubmissionStatus status = SubmissionStatus.Submitted) =>
        new(2, code, name, Department.FromCode("05"), answers, status);

    [Fact]
    public void A_changed_row_lists_each_changed_field_with_its_spanish_label_and_both_values()
    {
        var (wave, initiative, submission) = Existing(SubmissionStatus.Submitted);

        var plan = ImportPlan.For(wave, [Row(new Answers { Employment = 1250 }, status: SubmissionStatus.Draft)], [initiative], [submission]);

        var row = Assert.Single(plan.Rows);
        Assert.Equal(ImportRowKind.Changed, row.Kind);
        Assert.Contains(new FieldChange(FieldCodes.Employment, "Empleos de las empresas participantes", "10", "1.250"), row.Changes);
        Assert.Contains(new FieldChange(ExchangeColumns.Status, "Estado", "Enviada", "Borrador"), row.Changes);
        Assert.True(plan.CanApply);
    }

    [Theory]
    [InlineData(SubmissionStatus.Accepted, "Aceptada")]
    [InlineData(SubmissionStatus.Excluded, "Excluida")]
    [InlineData(SubmissionStatus.Returned, "Devuelta")]
    public void A_row_that_would_change_a_reviewed_submission_is_refused_by_row_initiative_and_status(SubmissionStatus status, string spanish)
    {
        var (wave, initiative, submission) = Existing(status);

        var plan = ImportPlan.For(wave, [Row(new Answers { Employment = 11 }, status: status)], [initiative], [submission]);

        Assert.False(plan.CanApply);
        var problem = Assert.Single(plan.Problems).ToString();
        Assert.StartsWith("Fila 2, columna status: la iniciativa «Cluster de Cacao» (IC-0003)", problem, StringComparison.Ordinal);
        Assert.Contains(spanish, problem, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => submission.ReplaceByImport(wave, new Answers(), status, Analyst, Now, "x"));
    }

    [Fact]
    public void A_row_that_leaves_an_accepted_submission_as_it_is_is_unchanged_not_refused()
    {
        var (wave, initiative, submission) = Existing(SubmissionStatus.Accepted);

        var plan = ImportPlan.For(wave, [Row(new Answers { Employment = 10 }, status: SubmissionStatus.Accepted)], [initiative], [submission]);

        Assert.Equal(ImportRowKind.Unchanged, Assert.Single(plan.Rows).Kind);
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void A_closed_wave_refuses_the_whole_file_and_a_submission_of_it_refuses_an_import()
    {
        var (wave, initiative, submission) = Existing(SubmissionStatus.Draft);
        wave.Close();

        var plan = ImportPlan.For(wave, [Row(new Answers { Employment = 11 }, status: SubmissionStatus.Draft)], [initiative], [submission]);

        Assert.False(plan.CanApply);
        Assert.StartsWith("La ola IV está cerrada", plan.WaveRefusal, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => submission.ReplaceByImport(wave, new Answers(), SubmissionStatus.Draft, Analyst, Now, "x"));
        Assert.Throws<DomainException>(() => Submission.Import(2, wave, new Answers(), SubmissionStatus.Draft, Analyst, Now, "x"));
    }

    [Fact]
    public void A_code_names_the_initiative_whatever_the_row_calls_it_and_an_unknown_code_is_refused()
    {
        var (wave, initiative, submission) = Existing(SubmissionStatus.Submitted);

        var byCode = ImportPlan.For(wave, [Row(new Answers { Employment = 12, InitiativeName = "Otro", Department = "66" }, InitiativeCode.FromNumber(3), name: "Otro")], [initiative], [submission]);
        var unknown = ImportPlan.For(wave, [Row(new Answers(), InitiativeCode.FromNumber(99))], [initiative], [submission]);

        var row = Assert.Single(byCode.Rows);
        Assert.Same(initiative, row.Initiative);
        Assert.Equal(("Cluster de Cacao", "05"), (row.Answers.InitiativeName, row.Answers.Department));
        Assert.Equal([FieldCodes.Employment], row.Changes.Select(change => change.Code));
        Assert.Equal("Fila 2, columna initiative_code: no existe ninguna iniciativa con el código «IC-0099».", Assert.Single(unknown.Problems).ToString());
    }

    [Fact]
    public void An_import_records_the_file_in_the_history_even_when_the_status_stays()
    {
        var (wave, _, submission) = Existing(SubmissionStatus.Submitted);

        submission.ReplaceByImport(wave, new Answers { Employment = 20 }, SubmissionStatus.Submitted, Analyst, Now, "Importado desde archivo «ola-iv.csv»");

        Assert.Equal((SubmissionStatus.Submitted, SubmissionStatus.Submitted, "Importado desde archivo «ola-iv.csv»"), (submission.History[^1].From, submission.History[^1].To, submission.History[^1].Comment));
    }
}
