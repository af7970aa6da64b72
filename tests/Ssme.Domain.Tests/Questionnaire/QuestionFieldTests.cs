using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;

namespace Ssme.Domain.Tests.Questionnaire;

public sealed class QuestionFieldTests
{
    [Theory]
    [InlineData(FieldCodes.FocusInterclusterPct, "45,5", "45.5")]
    [InlineData(FieldCodes.FocusInterclusterPct, "45.5", "45.5")]
    [InlineData(FieldCodes.FocusInterclusterPct, "100 %", "100")]
    [InlineData(FieldCodes.OpexPublicCop, "$ 1.250.000", "1250000")]
    [InlineData(FieldCodes.OpexPublicCop, "1250000", "1250000")]
    [InlineData(FieldCodes.Employment, "12.684", "12684")]
    [InlineData(FieldCodes.HasPeriodData, "Sí", "true")]
    [InlineData(FieldCodes.Department, "bogota d.c.", "11")]
    [InlineData(FieldCodes.Department, "05", "05")]
    [InlineData(FieldCodes.Barriers, "otra; financiacion", "financiacion;otra")]
    public void What_a_person_types_is_stored_as_the_machine_value(string code, string typed, string machine)
    {
        var field = QuestionnaireFields.Get(code);

        var (answers, problem) = field.TryAssign(new Answers(), typed, ValueFormat.Typed);

        Assert.Null(problem);
        Assert.Equal(machine, field.ToMachine(answers));
    }

    [Theory]
    [InlineData(FieldCodes.FocusInterclusterPct, "120", "Enfoque intercluster (%): escriba un porcentaje entre 0 y 100")]
    [InlineData(FieldCodes.FirmsSmall, "-1", "Pequeñas empresas: escriba un número entero entre 0 y 10.000.000")]
    [InlineData(FieldCodes.FirmsSmall, "2,5", "Pequeñas empresas: escriba un número entero")]
    [InlineData(FieldCodes.Department, "Gotham", "Departamento: «Gotham» no es un departamento de Colombia")]
    [InlineData(FieldCodes.Strategy, "maybe", "Estrategia: «maybe» no es una opción válida")]
    [InlineData(FieldCodes.Barriers, "otra;lluvia", "Barreras: «lluvia» no es una opción válida")]
    [InlineData(FieldCodes.HasPeriodData, "quizás", "Información del periodo: «quizás» no es una respuesta válida")]
    public void A_bad_value_is_refused_with_a_spanish_message_naming_the_field_and_nothing_is_stored(string code, string typed, string message)
    {
        var before = new Answers();
        var field = QuestionnaireFields.Get(code);

        var (answers, problem) = field.TryAssign(before, typed, ValueFormat.Typed);

        Assert.StartsWith(message, problem, StringComparison.Ordinal);
        Assert.Same(before, answers);
        Assert.False(field.HasValue(answers));
    }

    [Fact]
    public void Machine_format_reads_a_dot_as_the_decimal_mark_only()
    {
        var employment = QuestionnaireFields.Get(FieldCodes.Employment).TryAssign(new Answers(), "12.684", ValueFormat.Machine);
        var focus = QuestionnaireFields.Get(FieldCodes.FocusInterclusterPct).TryAssign(new Answers(), "0.8", ValueFormat.Machine);

        Assert.NotNull(employment.Problem);
        Assert.Null(focus.Problem);
        Assert.Equal("0,8 %", QuestionnaireFields.Get(FieldCodes.FocusInterclusterPct).ToDisplay(focus.Answers));
    }

    [Fact]
    public void Every_field_code_of_the_specification_has_one_question()
    {
        string[] specification =
        [
            "initiative_name", "department", "managing_entity_name", "managing_entity_type", "macrosector", "has_period_data",
            "focus_intercluster_pct", "overall_progress_pct", "strategy", "strategy_participants_business_pct", "action_plan",
            "firms_micro", "firms_small", "firms_medium", "firms_large", "firms_active",
            "general_assembly", "advisory_board", "cluster_manager", "team_professionals", "work_tables",
            "activities_business", "activities_environment", "activities_networking", "collaboration",
            "opex_public_cop", "opex_private_cop", "opex_firms_cop", "projects_public_cop", "projects_private_cop", "projects_firms_cop", "sustainability_months",
            "firms_impacted", "employment", "impacts_business", "impacts_territorial",
            "barriers", "barriers_other", "desired_support", "emergency_actions",
        ];

        Assert.Equal(specification, QuestionnaireFields.All.Select(field => field.Code));
    }
}

public sealed class SectionValidatorTests
{
    [Fact]
    public void Active_and_impacted_firms_may_not_exceed_participating_firms()
    {
        var answers = new Answers { FirmsMicro = 3, FirmsSmall = 1, FirmsMedium = 0, FirmsLarge = 0, FirmsActive = 5, FirmsImpacted = 4 };

        var firms = new FirmsValidator(complete: false).Check(answers);
        var impacts = new ImpactsValidator(complete: false).Check(answers);

        Assert.Equal(FieldCodes.FirmsActive, Assert.Single(firms).Code);
        Assert.Contains("(4)", firms[0].Message, StringComparison.Ordinal);
        Assert.Empty(impacts);
    }

    [Fact]
    public void Another_barrier_must_be_described_when_otra_is_marked()
    {
        var answers = new Answers { Barriers = Barriers.Otra };

        var problems = new BarriersValidator(complete: true).Check(answers);

        Assert.Contains(problems, p => p.Code == FieldCodes.BarriersOther);
        Assert.DoesNotContain(new BarriersValidator(complete: true).Check(new Answers { Barriers = Barriers.Otra, BarriersOther = "Lluvias" }), p => p.Code == FieldCodes.BarriersOther);
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_a_submission_must_answer_every_required_question()
    {
        var answers = new Answers { HasPeriodData = true };

        Assert.Empty(new GovernanceValidator(complete: false).Check(answers));
        var problems = QuestionnaireRules.CheckSubmission(answers);

        Assert.Contains(problems, p => p.Code == FieldCodes.InitiativeName && p.Message == "Nombre de la iniciativa: falta la respuesta.");
        Assert.Contains(problems, p => p.Code == FieldCodes.SustainabilityMonths);
        Assert.DoesNotContain(problems, p => p.Code == FieldCodes.DesiredSupport);
        Assert.DoesNotContain(problems, p => p.Code == FieldCodes.ImpactsBusiness);
    }

    [Fact]
    public void Without_data_for_the_period_only_the_profile_is_required()
    {
        var answers = new Answers
        {
            InitiativeName = "Cluster Lácteo",
            Department = "52",
            ManagingEntityName = "Cámara de Comercio de Pasto",
            ManagingEntityType = ManagingEntityType.CamaraComercio,
            Macrosector = Macrosector.Agroindustria,
            HasPeriodData = false,
        };

        Assert.Empty(QuestionnaireRules.CheckSubmission(answers));
        Assert.True(QuestionnaireRules.IsSectionComplete(Section.Governance, answers));

        Assert.False(QuestionnaireRules.IsSectionComplete(Section.Governance, answers with { HasPeriodData = true }));
    }
}
