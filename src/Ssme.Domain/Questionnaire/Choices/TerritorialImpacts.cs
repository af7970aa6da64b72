namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

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
