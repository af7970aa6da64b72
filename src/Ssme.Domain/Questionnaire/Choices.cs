namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

public enum ManagingEntityType
{
    CamaraComercio = 1,
    CorporacionAsociacionPrivado,
    EntidadPublica,
    Universidad,
    Agencia,
}

public enum Macrosector
{
    Servicios = 1,
    Manufactura,
    Agroindustria,
}

public enum StrategyStatus
{
    None = 1,
    Outdated,
    Current,
}

public enum ActionPlanStatus
{
    None = 1,
    NotUpdatedAnnually,
    UpdatedAnnually,
}

public enum GeneralAssemblyStatus
{
    None = 1,
    NoMeeting,
    Met,
}

public enum AdvisoryBoardStatus
{
    None = 1,
    Irregular,
    Periodic,
}

public enum ClusterManagerStatus
{
    None = 1,
    PartTime,
    FullTimeFormal,
}

public enum WorkTablesStatus
{
    None = 1,
    Informal,
    Formal,
}

public enum CollaborationType
{
    None = 1,
    ManagerDriven,
    Spontaneous,
}

[Flags]
public enum BusinessImpacts
{
    None = 0,
    Capacitacion = 1 << 0,
    Idi = 1 << 1,
    InteligenciaMercado = 1 << 2,
    Productividad = 1 << 3,
    Diversificacion = 1 << 4,
    MercadosInternacionales = 1 << 5,
}

[Flags]
public enum TerritorialImpacts
{
    None = 0,
    AgendaPolitica = 1 << 0,
    MedioAmbiente = 1 << 1,
    AtraccionInversion = 1 << 2,
    Genero = 1 << 3,
    NuevasEmpresas = 1 << 4,
}

[Flags]
public enum Barriers
{
    None = 0,
    Financiacion = 1 << 0,
    Articulacion = 1 << 1,
    ParticipacionEmpresas = 1 << 2,
    Compromiso = 1 << 3,
    Confianza = 1 << 4,
    Otra = 1 << 5,
}

[Flags]
public enum EmergencyActions
{
    None = 0,
    AjusteEstrategia = 1 << 0,
    CapacitacionBioseguridad = 1 << 1,
    CeseActividades = 1 << 2,
    Reinvencion = 1 << 3,
    ComercializacionDigital = 1 << 4,
}
