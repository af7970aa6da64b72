using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;

namespace Ssme.TestData;

/// <summary>
/// Varied, reproducible, complete answers covering every band, zero denominators, accented names and
/// text with quotes, commas and semicolons; shared by tests and benchmarks.
/// </summary>
public static class SyntheticAnswers
{
    /// <param name="tag">Appended to every initiative name, so several sets can live in one database.</param>
    public static Answers[] Create(int count, int seed = 2020, string? tag = null)
    {
        var random = new Random(seed);
        var answers = new Answers[count];
        for (var i = 0; i < count; i++)
        {
            var micro = random.Next(0, 400);
            var small = random.Next(0, 100);
            var medium = random.Next(0, 5);
            var large = random.Next(0, 4);
            var participating = micro + small + medium + large;
            answers[i] = new Answers
            {
                InitiativeName = (i % 7 == 0 ? $"Clúster «Café, Cacao & Ñame» \"{i}\"" : $"Iniciativa {i}") + (tag is null ? string.Empty : " " + tag),
                Department = Department.All[random.Next(Department.All.Count)].Code,
                ManagingEntityName = i % 5 == 0 ? "Cámara de Comercio de Bogotá, sede \"Norte\"" : $"Entidad gestora {i}",
                ManagingEntityType = (ManagingEntityType)random.Next(1, 6),
                Macrosector = (Macrosector)random.Next(1, 4),
                HasPeriodData = random.Next(10) > 0,
                FocusInterclusterPct = new Percent(random.Next(0, 10_001) / 100m),
                OverallProgressPct = new Percent(random.Next(0, 101)),
                Strategy = (StrategyStatus)random.Next(1, 4),
                StrategyParticipantsBusinessPct = new Percent(random.Next(0, 101)),
                ActionPlan = (ActionPlanStatus)random.Next(1, 4),
                FirmsMicro = micro,
                FirmsSmall = small,
                FirmsMedium = medium,
                FirmsLarge = large,
                FirmsActive = random.Next(0, participating + 1),
                GeneralAssembly = (GeneralAssemblyStatus)random.Next(1, 4),
                AdvisoryBoard = (AdvisoryBoardStatus)random.Next(1, 4),
                ClusterManager = (ClusterManagerStatus)random.Next(1, 4),
                TeamProfessionals = random.Next(0, 5),
                WorkTables = (WorkTablesStatus)random.Next(1, 4),
                ActivitiesBusiness = random.Next(0, 20),
                ActivitiesEnvironment = random.Next(0, 20),
                ActivitiesNetworking = random.Next(0, 20),
                Collaboration = random.Next(20) == 0 ? null : (CollaborationType)random.Next(1, 4),
                OpexPublicCop = new Cop(random.Next(0, 500) * 1_000_000m),
                OpexPrivateCop = new Cop(random.Next(0, 200) * 1_000_000m),
                OpexFirmsCop = new Cop(random.Next(0, 200) * 1_000_000m),
                ProjectsPublicCop = new Cop(random.Next(0, 900) * 1_000_000m),
                ProjectsPrivateCop = new Cop(random.Next(0, 300) * 1_000_000m),
                ProjectsFirmsCop = new Cop(random.Next(0, 300) * 1_000_000m),
                SustainabilityMonths = random.Next(0, 48),
                FirmsImpacted = random.Next(0, participating + 1),
                Employment = random.Next(0, 20_000),
                ImpactsBusiness = (BusinessImpacts)random.Next(0, 64),
                ImpactsTerritorial = (TerritorialImpacts)random.Next(0, 32),
                Barriers = (Barriers)random.Next(0, 32) | (i % 3 == 0 ? Barriers.Otra : 0),
                BarriersOther = i % 3 == 0 ? "Trámites lentos; poca \"confianza\", según actas" : null,
                DesiredSupport = i % 2 == 0 ? "Apoyo en mercadeo, formación; y acompañamiento en \"innovación\"\nSegunda línea" : null,
                EmergencyActions = (EmergencyActions)random.Next(0, 32),
            };
        }

        return answers;
    }
}
