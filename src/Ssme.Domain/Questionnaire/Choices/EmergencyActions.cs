namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

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
