using Ssme.Domain.Common;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Tests.Submissions;

public sealed class SubmissionTests
{
    private static readonly Actor Manager = new("m1", "gerente@ssme.test");
    private static readonly Actor Analyst = new("a1", "analista@ssme.test");
    private static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(-5));

    private static (Wave Wave, Submission Submission) OpenDraft()
    {
        var wave = Wave.Create(WaveCode.Parse("IV"), "IV Ola", 2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));
        wave.Open();
        return (wave, new Submission(1, wave.Id, new Answers { HasPeriodData = true }, Now));
    }

    [Fact]
    public void Submit_return_resubmit_and_accept_record_every_change()
    {
        var (wave, submission) = OpenDraft();

        submission.Submit(wave, Manager, Now);
        submission.Return(wave, Analyst, Now.AddDays(1), "  Revise las empresas activas.  ");
        Assert.True(submission.IsEditableBy(wave));
        Assert.Equal("Revise las empresas activas.", submission.ReturnComment);
        submission.Submit(wave, Manager, Now.AddDays(2));
        submission.Accept(Analyst, Now.AddDays(3));

        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Equal(
            [(SubmissionStatus.Draft, SubmissionStatus.Submitted), (SubmissionStatus.Submitted, SubmissionStatus.Returned), (SubmissionStatus.Returned, SubmissionStatus.Submitted), (SubmissionStatus.Submitted, SubmissionStatus.Accepted)],
            submission.History.Select(change => (change.From, change.To)));
        Assert.Equal("analista@ssme.test", submission.History[1].ChangedByName);
    }

    [Fact]
    public void Returning_needs_a_comment()
    {
        var (wave, submission) = OpenDraft();
        submission.Submit(wave, Manager, Now);

        var exception = Assert.Throws<DomainException>(() => submission.Return(wave, Analyst, Now, " "));

        Assert.Equal("El comentario para devolver el cuestionario es obligatorio.", exception.Message);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
    }

    [Fact]
    public void Exclusion_needs_a_reason_and_undoing_it_restores_the_previous_status()
    {
        var (wave, submission) = OpenDraft();
        submission.Submit(wave, Manager, Now);
        submission.Accept(Analyst, Now);

        Assert.Throws<DomainException>(() => submission.Exclude(Analyst, Now, ""));
        submission.Exclude(Analyst, Now, "Iniciativa duplicada");
        Assert.False(submission.IsCategorized);
        submission.UndoExclusion(Analyst, Now, null);

        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Null(submission.ExclusionReason);
    }

    [Fact]
    public void A_draft_cannot_be_excluded_accepted_or_returned()
    {
        var (wave, submission) = OpenDraft();

        Assert.Throws<DomainException>(() => submission.Exclude(Analyst, Now, "motivo"));
        Assert.Throws<DomainException>(() => submission.Accept(Analyst, Now));
        Assert.Throws<DomainException>(() => submission.Return(wave, Analyst, Now, "comentario"));
    }

    [Fact]
    public void A_submission_of_a_closed_wave_cannot_be_returned_but_can_still_be_accepted()
    {
        var (wave, submission) = OpenDraft();
        submission.Submit(wave, Manager, Now);
        wave.Close();

        var exception = Assert.Throws<DomainException>(() => submission.Return(wave, Analyst, Now, "Revise"));
        submission.Accept(Analyst, Now);

        Assert.StartsWith("La ola IV está cerrada: el gerente no podría corregir el cuestionario.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
    }

    [Fact]
    public void Nothing_changes_while_the_wave_is_closed()
    {
        var (wave, submission) = OpenDraft();
        wave.Close();

        Assert.False(submission.IsEditableBy(wave));
        Assert.Throws<DomainException>(() => submission.UpdateAnswers(wave, new Answers(), Now));
        Assert.Throws<DomainException>(() => submission.Submit(wave, Manager, Now));
    }

    [Fact]
    public void A_submitted_questionnaire_is_read_only()
    {
        var (wave, submission) = OpenDraft();
        submission.Submit(wave, Manager, Now);

        Assert.False(submission.IsEditableBy(wave));
        Assert.Throws<DomainException>(() => submission.UpdateAnswers(wave, new Answers(), Now));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Only_submitted_or_accepted_answers_with_period_data_are_categorized(bool hasPeriodData, bool categorized)
    {
        var (wave, submission) = OpenDraft();
        submission.UpdateAnswers(wave, new Answers { HasPeriodData = hasPeriodData }, Now);
        Assert.False(submission.IsCategorized);

        submission.Submit(wave, Manager, Now);

        Assert.Equal(categorized, submission.IsCategorized);
    }

    [Fact]
    public void Every_change_gives_a_new_concurrency_version()
    {
        var (wave, submission) = OpenDraft();
        var before = submission.Version;

        submission.UpdateAnswers(wave, new Answers(), Now);

        Assert.NotEqual(before, submission.Version);
    }

    [Fact]
    public void A_draft_started_from_the_previous_wave_is_sent_only_after_every_section_is_confirmed()
    {
        var (wave, _) = OpenDraft();
        var copied = Submission.StartFromPrevious(1, wave, new Answers { HasPeriodData = false, InitiativeName = "Cluster", Department = "05" }, "III Ola", Now);

        Assert.False(copied.IsSectionComplete(Section.Profile));
        var refused = Assert.Throws<DomainException>(() => copied.Submit(wave, Manager, Now));
        Assert.Contains("Confirme la sección «Perfil", refused.Message, StringComparison.Ordinal);
        Assert.Contains("III Ola", refused.Message, StringComparison.Ordinal);

        foreach (var section in Ssme.Domain.Questionnaire.Validation.QuestionnaireRules.QuestionSections)
        {
            copied.ConfirmSection(section);
        }

        Assert.Empty(copied.SectionsToConfirm);
        Assert.DoesNotContain(copied.ProblemsBeforeSending(), problem => problem.Message.StartsWith("Confirme", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copied_period_answer_counts_as_not_given_until_the_profile_is_confirmed()
    {
        var (wave, _) = OpenDraft();
        var copied = Submission.StartFromPrevious(1, wave, new Answers { HasPeriodData = false, InitiativeName = "Cluster", Department = "05" }, "III Ola", Now);
        copied.ConfirmSection(Section.Governance);

        Assert.False(copied.IsSectionComplete(Section.Governance));

        copied.ConfirmSection(Section.Profile);
        Assert.True(copied.IsSectionComplete(Section.Governance));
    }
}
