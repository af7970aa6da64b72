using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reference;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Domain.Reporting;

/// <summary>A count out of a total, shown as an integer percentage rounded half up (as the seed report prints them).</summary>
public sealed record Share(string Label, long Count, long Of)
{
    public int? Percent => Of == 0 ? null : (int)(((200 * Count) + Of) / (2 * Of));
}

/// <summary>An exact ratio for figures the seed prints with a decimal (national participation, "0,8 %").</summary>
public sealed record Fraction(decimal Numerator, decimal Denominator)
{
    public decimal? Percent => Denominator == 0 ? null : Numerator * 100m / Denominator;
}

/// <summary>One submission of a wave with its initiative, as the report reads it.</summary>
public sealed record ReportEntry(Initiative Initiative, Submission Submission);

public sealed record WaveSummary(Wave Wave, int Registered, int Categorized, IReadOnlyDictionary<string, int> CategorizedPerDepartment, IReadOnlyDictionary<Macrosector, int> CategorizedPerMacrosector);

public sealed record DepartmentReference(Department Department, long Employment, long? OccupiedPopulation, long Firms, long? RegisteredFirms);

/// <summary>The averages that describe the initiatives of one overall level ("perfil de cada nivel").</summary>
public sealed record LevelProfile(Level Level, int Initiatives, Fraction ActiveFirms, Fraction FirmsOperatingFunding, Fraction FirmsProjectFunding, decimal? AverageTeamProfessionals);

/// <summary>
/// Every figure of the wave report (SPEC §6), computed from the data: participation and profile over
/// all waves in the system, Dimensions 1–3 over the wave's categorized initiatives, the categorization
/// table, the level distribution and profiles. The PDF only lays these out.
/// </summary>
public sealed record WaveReport(
    Wave Wave,
    MethodologyDefinition Methodology,
    WaveFigures Figures,
    IReadOnlyList<WaveSummary> AllWaves,
    IReadOnlyList<Share> ManagingEntityTypes,
    IReadOnlyList<Share> GeneralAssembly,
    IReadOnlyList<Share> AdvisoryBoard,
    IReadOnlyList<Share> ClusterManager,
    IReadOnlyList<Share> WorkTables,
    IReadOnlyList<Share> Strategy,
    IReadOnlyList<Share> ActionPlan,
    Fraction StrategyBusinessParticipants,
    IReadOnlyList<Share> OperatingFunding,
    IReadOnlyList<Share> ProjectFunding,
    Share SustainabilityOver24Months,
    Fraction InterclusterFocus,
    IReadOnlyList<Share> ActivityTypes,
    Share ActiveFirms,
    IReadOnlyList<Share> Collaboration,
    Share AnyBarrier,
    IReadOnlyList<Share> Barriers,
    long ParticipatingFirms,
    Share ImpactedFirms,
    long Employment,
    IReadOnlyList<Share> FirmSizes,
    Share WithMediumOrLargeFirm,
    IReadOnlyList<Share> BusinessImpacts,
    Share AnyTerritorialImpact,
    IReadOnlyList<Share> TerritorialImpacts,
    IReadOnlyList<Share> EmergencyActions,
    IReadOnlyList<DepartmentReference> Departments,
    bool ReferenceLoaded,
    IReadOnlyList<LevelProfile> LevelProfiles)
{
    public static WaveReport Build(
        Wave wave,
        MethodologyDefinition methodology,
        IReadOnlyList<ReportEntry> entries,
        IReadOnlyList<(Wave Wave, IReadOnlyList<ReportEntry> Entries)> allWaves,
        IReadOnlyList<ReferenceFigure> reference)
    {
        var results = entries.Select(entry => (Entry: entry, Result: entry.Submission.IsCategorized ? Categorizer.Categorize(entry.Submission.Answers, methodology) : null)).ToList();
        var figures = WaveFigures.Compute(results.Select(pair => (pair.Entry.Submission.Status, pair.Result)), methodology);
        var categorized = results.Where(pair => pair.Result is not null).ToList();
        var answers = categorized.Select(pair => pair.Entry.Submission.Answers).ToList();
        var n = answers.Count;

        var opexPublic = Sum(answers, a => a.OpexPublicCop?.Amount);
        var opexPrivate = Sum(answers, a => a.OpexPrivateCop?.Amount);
        var opexFirms = Sum(answers, a => a.OpexFirmsCop?.Amount);
        var projectsPublic = Sum(answers, a => a.ProjectsPublicCop?.Amount);
        var projectsPrivate = Sum(answers, a => a.ProjectsPrivateCop?.Amount);
        var projectsFirms = Sum(answers, a => a.ProjectsFirmsCop?.Amount);
        var activities = new[]
        {
            ("Fortalecimiento empresarial", SumCount(answers, a => a.ActivitiesBusiness)),
            ("Condiciones del entorno", SumCount(answers, a => a.ActivitiesEnvironment)),
            ("Relacionamiento, negocios y conocimiento", SumCount(answers, a => a.ActivitiesNetworking)),
        };
        var sizes = new[]
        {
            ("Micro", SumCount(answers, a => a.FirmsMicro)),
            ("Pequeña", SumCount(answers, a => a.FirmsSmall)),
            ("Mediana", SumCount(answers, a => a.FirmsMedium)),
            ("Grande", SumCount(answers, a => a.FirmsLarge)),
        };
        var participating = sizes.Sum(size => size.Item2);
        var impacting = answers.Where(a => a.ImpactsBusiness != Questionnaire.BusinessImpacts.None).ToList();
        var withTerritorial = answers.Where(a => a.ImpactsTerritorial != Questionnaire.TerritorialImpacts.None).ToList();
        var withBarriers = answers.Where(a => a.Barriers != Questionnaire.Barriers.None).ToList();

        return new WaveReport(
            wave,
            methodology,
            figures,
            allWaves.OrderBy(pair => pair.Wave.PeriodYear).ThenBy(pair => pair.Wave.OpensOn).Select(pair => Summarize(pair.Wave, pair.Entries)).ToList(),
            ChoiceShares(answers, FieldCodes.ManagingEntityType),
            ChoiceShares(answers, FieldCodes.GeneralAssembly),
            ChoiceShares(answers, FieldCodes.AdvisoryBoard),
            ChoiceShares(answers, FieldCodes.ClusterManager),
            ChoiceShares(answers, FieldCodes.WorkTables),
            ChoiceShares(answers, FieldCodes.Strategy),
            ChoiceShares(answers, FieldCodes.ActionPlan),
            Mean(answers, a => a.StrategyParticipantsBusinessPct?.Value),
            AmountShares([("Públicos", opexPublic), ("Privados", opexPrivate), ("Empresas participantes", opexFirms)]),
            AmountShares([("Públicos", projectsPublic), ("Privados", projectsPrivate), ("Empresas participantes", projectsFirms)]),
            new Share("Sostenibilidad financiera mayor a 24 meses", answers.Count(a => a.SustainabilityMonths > 24), n),
            Mean(answers, a => a.FocusInterclusterPct?.Value),
            AmountShares(activities.Select(item => (item.Item1, (decimal)item.Item2)).ToList()),
            new Share("Empresas activas", SumCount(answers, a => a.FirmsActive), participating),
            ChoiceShares(answers, FieldCodes.Collaboration),
            new Share("Iniciativas con alguna barrera", withBarriers.Count, n),
            ChoiceShares(answers, FieldCodes.Barriers),
            participating,
            new Share("Empresas impactadas", SumCount(answers, a => a.FirmsImpacted), participating),
            SumCount(answers, a => a.Employment),
            AmountShares(sizes.Select(item => (item.Item1, (decimal)item.Item2)).ToList()),
            new Share("Iniciativas con al menos una empresa mediana o grande", answers.Count(a => DerivedMeasures.MediumAndLargeFirms(a) > 0), n),
            ChoiceShares(impacting, FieldCodes.ImpactsBusiness),
            new Share("Iniciativas con impactos territoriales", withTerritorial.Count, n),
            ChoiceShares(withTerritorial, FieldCodes.ImpactsTerritorial),
            ChoiceShares(answers, FieldCodes.EmergencyActions),
            DepartmentFigures(categorized.Select(pair => pair.Entry).ToList(), reference, wave.PeriodYear),
            reference.Any(figure => figure.Year == wave.PeriodYear),
            LevelText.All.Select(level => Profile(level, categorized.Where(pair => pair.Result!.Overall == level).Select(pair => pair.Entry.Submission.Answers).ToList())).ToList());
    }

    /// <summary>Registered and categorized counts of any wave, by the rule of SPEC §3.</summary>
    public static WaveSummary Summarize(Wave wave, IReadOnlyList<ReportEntry> entries)
    {
        var categorized = entries.Where(entry => entry.Submission.IsCategorized).ToList();
        return new WaveSummary(
            wave,
            entries.Count,
            categorized.Count,
            categorized.GroupBy(entry => entry.Initiative.DepartmentCode).ToDictionary(group => group.Key, group => group.Count()),
            categorized.Where(entry => entry.Submission.Answers.Macrosector is not null).GroupBy(entry => entry.Submission.Answers.Macrosector!.Value).ToDictionary(group => group.Key, group => group.Count()));
    }

    /// <summary>Initiatives per option of a choice or multi-choice question; labels come from the questionnaire.</summary>
    private static List<Share> ChoiceShares(List<Answers> answers, string code)
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

    private static List<Share> AmountShares(IReadOnlyList<(string Label, decimal Amount)> parts)
    {
        var total = parts.Sum(part => part.Amount);
        return parts.Select(part => new Share(part.Label, (long)part.Amount, (long)total)).ToList();
    }

    private static decimal Sum(IEnumerable<Answers> answers, Func<Answers, decimal?> value) => answers.Sum(a => value(a) ?? 0m);

    private static long SumCount(IEnumerable<Answers> answers, Func<Answers, int?> value) => answers.Sum(a => (long)(value(a) ?? 0));

    private static Fraction Mean(IReadOnlyList<Answers> answers, Func<Answers, decimal?> value)
    {
        var values = answers.Select(value).OfType<decimal>().ToList();
        return new Fraction(values.Sum(), values.Count * 100m);
    }

    private static List<DepartmentReference> DepartmentFigures(IReadOnlyList<ReportEntry> categorized, IReadOnlyList<ReferenceFigure> reference, int year) =>
        categorized
            .GroupBy(entry => entry.Initiative.DepartmentCode)
            .Select(group =>
            {
                var figure = reference.FirstOrDefault(item => item.DepartmentCode == group.Key && item.Year == year);
                return new DepartmentReference(
                    Department.FromCode(group.Key),
                    SumCount(group.Select(entry => entry.Submission.Answers), a => a.Employment),
                    figure?.OccupiedPopulation,
                    group.Sum(entry => (long)(DerivedMeasures.ParticipatingFirms(entry.Submission.Answers) ?? 0)),
                    figure?.RegisteredFirms);
            })
            .OrderBy(item => item.Department.Name, StringComparer.Create(Common.EsCo.Culture, false))
            .ToList();

    private static LevelProfile Profile(Level level, List<Answers> answers) => new(
        level,
        answers.Count,
        new Fraction(SumCount(answers, a => a.FirmsActive), answers.Sum(a => (long)(DerivedMeasures.ParticipatingFirms(a) ?? 0))),
        new Fraction(Sum(answers, a => a.OpexFirmsCop?.Amount), answers.Sum(a => DerivedMeasures.OperatingFunding(a) ?? 0m)),
        new Fraction(Sum(answers, a => a.ProjectsFirmsCop?.Amount), answers.Sum(a => DerivedMeasures.ProjectFunding(a) ?? 0m)),
        answers.Count == 0 ? null : (decimal)SumCount(answers, a => a.TeamProfessionals) / answers.Count);
}
