namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

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
