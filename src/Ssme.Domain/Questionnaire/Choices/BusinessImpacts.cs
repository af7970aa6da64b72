namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

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
