using Ssme.Domain.Initiatives;

namespace Ssme.Domain.Questionnaire;

/// <summary>
/// Every question of SPEC §4 in its order, worded from the III Ola report. The one catalog the form,
/// the files, the review pages and the report read.
/// </summary>
public static class QuestionnaireFields
{
    public static IReadOnlyList<QuestionField> All { get; } =
    [
        new TextField(FieldCodes.InitiativeName, Section.Profile, "Nombre de la iniciativa cluster", "Nombre de la iniciativa", null, Initiative.MaxNameLength, false, a => a.InitiativeName, (a, v) => a with { InitiativeName = v }),
        new DepartmentField(FieldCodes.Department, Section.Profile, "Departamento gestor de la iniciativa", "Departamento", null),
        new TextField(FieldCodes.ManagingEntityName, Section.Profile, "Nombre de la entidad gestora", "Entidad gestora", "La organización que lidera y administra la iniciativa.", Initiative.MaxManagingEntityNameLength, false, a => a.ManagingEntityName, (a, v) => a with { ManagingEntityName = v }),
        new ChoiceField<ManagingEntityType>(FieldCodes.ManagingEntityType, Section.Profile, "Tipo de entidad gestora", "Tipo de entidad gestora", null, a => a.ManagingEntityType, (a, v) => a with { ManagingEntityType = v }, new Dictionary<ManagingEntityType, string>
        {
            [ManagingEntityType.CamaraComercio] = "Cámara de comercio",
            [ManagingEntityType.CorporacionAsociacionPrivado] = "Corporación, asociación o entidad privada",
            [ManagingEntityType.EntidadPublica] = "Entidad pública",
            [ManagingEntityType.Universidad] = "Universidad",
            [ManagingEntityType.Agencia] = "Agencia",
        }),
        new ChoiceField<Macrosector>(FieldCodes.Macrosector, Section.Profile, "Macrosector de la iniciativa", "Macrosector", null, a => a.Macrosector, (a, v) => a with { Macrosector = v }, new Dictionary<Macrosector, string>
        {
            [Macrosector.Servicios] = "Servicios",
            [Macrosector.Manufactura] = "Manufactura",
            [Macrosector.Agroindustria] = "Agroindustria",
        }),
        new BooleanField(FieldCodes.HasPeriodData, Section.Profile, "¿La iniciativa tiene información del año analizado por la ola?", "Información del periodo", "Si responde «No», solo se pide el perfil y la iniciativa cuenta como inscrita pero no entra en la categorización.", a => a.HasPeriodData, (a, v) => a with { HasPeriodData = v }),

        new PercentField(FieldCodes.FocusInterclusterPct, Section.FocusAndStrategy, "¿Qué porcentaje de la iniciativa se enfoca en un conjunto de industrias que comparten un modelo de negocio (enfoque intercluster)?", "Enfoque intercluster (%)", "Intercluster: conjunto de industrias que comparten un modelo de negocio. El resto es enfoque sectorial: una industria que jalona a partir de un producto o servicio.", a => a.FocusInterclusterPct, (a, v) => a with { FocusInterclusterPct = v }),
        new PercentField(FieldCodes.OverallProgressPct, Section.FocusAndStrategy, "¿Cuál es el avance general del plan de la iniciativa?", "Avance general (%)", "Porcentaje de avance del plan de trabajo de la iniciativa en el año analizado.", a => a.OverallProgressPct, (a, v) => a with { OverallProgressPct = v }),
        new ChoiceField<StrategyStatus>(FieldCodes.Strategy, Section.FocusAndStrategy, "¿La iniciativa contó con una estrategia escrita?", "Estrategia", null, a => a.Strategy, (a, v) => a with { Strategy = v }, new Dictionary<StrategyStatus, string>
        {
            [StrategyStatus.None] = "No contó con una estrategia o documento escrito",
            [StrategyStatus.Outdated] = "Contó con una estrategia escrita que no se ha actualizado en los últimos tres años",
            [StrategyStatus.Current] = "Contó con una estrategia escrita actualizada en los últimos tres años",
        }),
        new PercentField(FieldCodes.StrategyParticipantsBusinessPct, Section.FocusAndStrategy, "¿Qué porcentaje de quienes construyeron la estrategia eran empresarios?", "Empresarios en la estrategia (%)", "El resto son otros actores: academia, gobierno, entidades de apoyo.", a => a.StrategyParticipantsBusinessPct, (a, v) => a with { StrategyParticipantsBusinessPct = v }),
        new ChoiceField<ActionPlanStatus>(FieldCodes.ActionPlan, Section.FocusAndStrategy, "¿La iniciativa contó con un plan de acción?", "Plan de acción", null, a => a.ActionPlan, (a, v) => a with { ActionPlan = v }, new Dictionary<ActionPlanStatus, string>
        {
            [ActionPlanStatus.None] = "No contó con un plan de acción o documento que lo soportara",
            [ActionPlanStatus.NotUpdatedAnnually] = "Contó con un plan de acción escrito que no se actualiza anualmente",
            [ActionPlanStatus.UpdatedAnnually] = "Contó con un plan de acción escrito que se actualiza anualmente",
        }),

        new CountField(FieldCodes.FirmsMicro, Section.Firms, "Microempresas participantes", "Microempresas", null, a => a.FirmsMicro, (a, v) => a with { FirmsMicro = v }),
        new CountField(FieldCodes.FirmsSmall, Section.Firms, "Pequeñas empresas participantes", "Pequeñas empresas", null, a => a.FirmsSmall, (a, v) => a with { FirmsSmall = v }),
        new CountField(FieldCodes.FirmsMedium, Section.Firms, "Medianas empresas participantes", "Medianas empresas", null, a => a.FirmsMedium, (a, v) => a with { FirmsMedium = v }),
        new CountField(FieldCodes.FirmsLarge, Section.Firms, "Grandes empresas participantes", "Grandes empresas", null, a => a.FirmsLarge, (a, v) => a with { FirmsLarge = v }),
        new CountField(FieldCodes.FirmsActive, Section.Firms, "¿Cuántas de las empresas participantes son activas?", "Empresas activas", "Empresa activa: participa en mesas de trabajo, proyectos o comités técnicos de la iniciativa. No puede superar el total de empresas participantes.", a => a.FirmsActive, (a, v) => a with { FirmsActive = v }),

        new ChoiceField<GeneralAssemblyStatus>(FieldCodes.GeneralAssembly, Section.Governance, "¿Existió una asamblea general (plenaria) de la iniciativa?", "Asamblea general", null, a => a.GeneralAssembly, (a, v) => a with { GeneralAssembly = v }, new Dictionary<GeneralAssemblyStatus, string>
        {
            [GeneralAssemblyStatus.None] = "No existió una asamblea general",
            [GeneralAssemblyStatus.NoMeeting] = "Existió, pero no se reunió en el año analizado",
            [GeneralAssemblyStatus.Met] = "Existió y se reunió al menos una vez en el año analizado",
        }),
        new ChoiceField<AdvisoryBoardStatus>(FieldCodes.AdvisoryBoard, Section.Governance, "¿Existió un consejo asesor o figura similar?", "Consejo asesor", null, a => a.AdvisoryBoard, (a, v) => a with { AdvisoryBoard = v }, new Dictionary<AdvisoryBoardStatus, string>
        {
            [AdvisoryBoardStatus.None] = "No existió un consejo asesor o figura similar",
            [AdvisoryBoardStatus.Irregular] = "Existió, pero no se reunió con periodicidad o no cumplió lo pactado en su documento formal",
            [AdvisoryBoardStatus.Periodic] = "Existió y se reunió periódicamente según el documento formal que lo rige",
        }),
        new ChoiceField<ClusterManagerStatus>(FieldCodes.ClusterManager, Section.Governance, "¿La iniciativa tuvo un director o gerente cluster?", "Gerente cluster", null, a => a.ClusterManager, (a, v) => a with { ClusterManager = v }, new Dictionary<ClusterManagerStatus, string>
        {
            [ClusterManagerStatus.None] = "No hubo gerente, o solo un profesional responsable de la iniciativa",
            [ClusterManagerStatus.PartTime] = "Hubo gerente sin dedicación del 100 % o sin funciones definidas en un documento formal",
            [ClusterManagerStatus.FullTimeFormal] = "Hubo gerente dedicado 100 % a la iniciativa, con funciones definidas formalmente",
        }),
        new CountField(FieldCodes.TeamProfessionals, Section.Governance, "¿Cuántos profesionales, además del gerente, se dedicaron a la iniciativa?", "Profesionales del equipo gestor", "No cuente al gerente cluster.", a => a.TeamProfessionals, (a, v) => a with { TeamProfessionals = v }),
        new ChoiceField<WorkTablesStatus>(FieldCodes.WorkTables, Section.Governance, "¿Existieron mesas de trabajo o instancias similares?", "Mesas de trabajo", null, a => a.WorkTables, (a, v) => a with { WorkTables = v }, new Dictionary<WorkTablesStatus, string>
        {
            [WorkTablesStatus.None] = "No existieron mesas de trabajo o similares",
            [WorkTablesStatus.Informal] = "Existieron y funcionaban de manera informal",
            [WorkTablesStatus.Formal] = "Existieron y estaban establecidas formalmente mediante actas",
        }),

        new CountField(FieldCodes.ActivitiesBusiness, Section.ActivitiesAndCollaboration, "Actividades de fortalecimiento empresarial lideradas en el año", "Actividades de fortalecimiento empresarial", "Por ejemplo: formación, asistencia técnica, mejora de la productividad de las empresas.", a => a.ActivitiesBusiness, (a, v) => a with { ActivitiesBusiness = v }),
        new CountField(FieldCodes.ActivitiesEnvironment, Section.ActivitiesAndCollaboration, "Actividades de condiciones del entorno lideradas en el año", "Actividades de condiciones del entorno", "Por ejemplo: infraestructura, regulación, agenda pública del sector.", a => a.ActivitiesEnvironment, (a, v) => a with { ActivitiesEnvironment = v }),
        new CountField(FieldCodes.ActivitiesNetworking, Section.ActivitiesAndCollaboration, "Actividades de relacionamiento, negocios y conocimiento lideradas en el año", "Actividades de relacionamiento, negocios y conocimiento", "Por ejemplo: ruedas de negocio, misiones, encuentros intercluster, vigilancia de mercados.", a => a.ActivitiesNetworking, (a, v) => a with { ActivitiesNetworking = v }),
        new ChoiceField<CollaborationType>(FieldCodes.Collaboration, Section.ActivitiesAndCollaboration, "¿Cómo fue la colaboración entre los participantes?", "Colaboración", null, a => a.Collaboration, (a, v) => a with { Collaboration = v }, new Dictionary<CollaborationType, string>
        {
            [CollaborationType.None] = "No hubo colaboración entre los participantes",
            [CollaborationType.ManagerDriven] = "La colaboración dependió del gerente o director de la iniciativa",
            [CollaborationType.Spontaneous] = "La colaboración fue espontánea: los actores generaron proyectos conjuntos por su cuenta",
        }),

        new PesosField(FieldCodes.OpexPublicCop, Section.Funding, "Recursos públicos para la estructura operativa (pesos)", "Estructura operativa: recursos públicos", null, a => a.OpexPublicCop, (a, v) => a with { OpexPublicCop = v }),
        new PesosField(FieldCodes.OpexPrivateCop, Section.Funding, "Recursos privados de otras organizaciones para la estructura operativa (pesos)", "Estructura operativa: recursos privados", null, a => a.OpexPrivateCop, (a, v) => a with { OpexPrivateCop = v }),
        new PesosField(FieldCodes.OpexFirmsCop, Section.Funding, "Recursos de las empresas participantes para la estructura operativa (pesos)", "Estructura operativa: empresas participantes", null, a => a.OpexFirmsCop, (a, v) => a with { OpexFirmsCop = v }),
        new PesosField(FieldCodes.ProjectsPublicCop, Section.Funding, "Recursos públicos para proyectos (pesos)", "Proyectos: recursos públicos", null, a => a.ProjectsPublicCop, (a, v) => a with { ProjectsPublicCop = v }),
        new PesosField(FieldCodes.ProjectsPrivateCop, Section.Funding, "Recursos privados de otras organizaciones para proyectos (pesos)", "Proyectos: recursos privados", null, a => a.ProjectsPrivateCop, (a, v) => a with { ProjectsPrivateCop = v }),
        new PesosField(FieldCodes.ProjectsFirmsCop, Section.Funding, "Recursos de las empresas participantes para proyectos (pesos)", "Proyectos: empresas participantes", null, a => a.ProjectsFirmsCop, (a, v) => a with { ProjectsFirmsCop = v }),
        new CountField(FieldCodes.SustainabilityMonths, Section.Funding, "¿Por cuántos meses tiene garantizada la sostenibilidad financiera?", "Meses de sostenibilidad", "Meses de operación cubiertos con recursos ya asegurados.", a => a.SustainabilityMonths, (a, v) => a with { SustainabilityMonths = v }),

        new CountField(FieldCodes.FirmsImpacted, Section.Impacts, "¿Cuántas de las empresas participantes fueron impactadas por la iniciativa?", "Empresas impactadas", "No puede superar el total de empresas participantes.", a => a.FirmsImpacted, (a, v) => a with { FirmsImpacted = v }),
        new CountField(FieldCodes.Employment, Section.Impacts, "¿Cuántos empleos generan las empresas participantes?", "Empleos de las empresas participantes", null, a => a.Employment, (a, v) => a with { Employment = v }),
        new MultiChoiceField<BusinessImpacts>(FieldCodes.ImpactsBusiness, Section.Impacts, "¿En qué impactó la iniciativa a sus empresas? (marque todas las que apliquen)", "Impactos empresariales", null, a => a.ImpactsBusiness, (a, v) => a with { ImpactsBusiness = v }, new Dictionary<BusinessImpacts, string>
        {
            [BusinessImpacts.Capacitacion] = "Capacitación y re-entrenamiento del talento humano de las empresas",
            [BusinessImpacts.Idi] = "Investigación, desarrollo e innovación (I+D+i) y/o desarrollo de productos o servicios",
            [BusinessImpacts.InteligenciaMercado] = "Conocimiento del consumidor, inteligencia de mercado o competitiva, vigilancia tecnológica",
            [BusinessImpacts.Productividad] = "Mejora en la productividad",
            [BusinessImpacts.Diversificacion] = "Diversificación de negocio (conquista de nuevos segmentos de mercado)",
            [BusinessImpacts.MercadosInternacionales] = "Acceso a mercados internacionales",
        }),
        new MultiChoiceField<TerritorialImpacts>(FieldCodes.ImpactsTerritorial, Section.Impacts, "¿Cómo extendió la iniciativa sus efectos al territorio? (marque todas las que apliquen)", "Impactos territoriales", null, a => a.ImpactsTerritorial, (a, v) => a with { ImpactsTerritorial = v }, new Dictionary<TerritorialImpacts, string>
        {
            [TerritorialImpacts.AgendaPolitica] = "El cluster hace parte de la agenda de política de desarrollo económico local",
            [TerritorialImpacts.MedioAmbiente] = "El cluster participa en actividades de medio ambiente, sostenibilidad o cambio climático",
            [TerritorialImpacts.AtraccionInversion] = "Atracción de inversión (pública o privada)",
            [TerritorialImpacts.Genero] = "Fortalecimiento de estrategias locales con enfoque social en temas de género",
            [TerritorialImpacts.NuevasEmpresas] = "Instalación de nuevas empresas en el territorio",
        }),

        new MultiChoiceField<Barriers>(FieldCodes.Barriers, Section.BarriersAndContext, "¿Qué barreras encontró la iniciativa para implementar su estrategia o plan de acción? (marque todas las que apliquen)", "Barreras", null, a => a.Barriers, (a, v) => a with { Barriers = v }, new Dictionary<Barriers, string>
        {
            [Barriers.Financiacion] = "Financiación / recursos",
            [Barriers.Articulacion] = "Articulación entre actores",
            [Barriers.ParticipacionEmpresas] = "Participación de empresas",
            [Barriers.Compromiso] = "Compromiso de los participantes",
            [Barriers.Confianza] = "Confianza entre los empresarios",
            [Barriers.Otra] = "Otra",
        }),
        new TextField(FieldCodes.BarriersOther, Section.BarriersAndContext, "¿Cuál otra barrera?", "Otra barrera", "Obligatoria si marcó «Otra».", 1000, false, a => a.BarriersOther, (a, v) => a with { BarriersOther = v }),
        new TextField(FieldCodes.DesiredSupport, Section.BarriersAndContext, "¿Qué apoyos desearía recibir de la Red Cluster Colombia?", "Apoyos deseados", null, FieldBounds.MaxTextLength, true, a => a.DesiredSupport, (a, v) => a with { DesiredSupport = v }),
        new MultiChoiceField<EmergencyActions>(FieldCodes.EmergencyActions, Section.BarriersAndContext, "¿Qué acciones implementó la iniciativa ante la emergencia económica? (marque todas las que apliquen)", "Acciones ante la emergencia", null, a => a.EmergencyActions, (a, v) => a with { EmergencyActions = v }, new Dictionary<EmergencyActions, string>
        {
            [EmergencyActions.AjusteEstrategia] = "Ajuste de estrategias y plan de acción",
            [EmergencyActions.CapacitacionBioseguridad] = "Capacitación a los empresarios sobre protocolos de bioseguridad",
            [EmergencyActions.CeseActividades] = "Cese o paro temporal de actividades de la iniciativa",
            [EmergencyActions.Reinvencion] = "Apoyo con capacitación o herramientas para reinventarse",
            [EmergencyActions.ComercializacionDigital] = "Acceso a programas de comercialización digital o visibilidad en canales digitales",
        }),
    ];

    private static readonly Dictionary<string, QuestionField> ByCode = All.ToDictionary(field => field.Code, StringComparer.Ordinal);

    public static QuestionField Get(string code) => ByCode[code];

    public static QuestionField? Find(string code) => ByCode.GetValueOrDefault(code);

    public static IEnumerable<QuestionField> In(Section section) => All.Where(field => field.Section == section);
}
