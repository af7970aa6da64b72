namespace Ssme.Domain.Questionnaire;

// Member names map one to one to the snake_case codes of SPEC §4 (see ChoiceCode), which are the
// contract shared by the form, the database and CSV/XLSX files. Renaming a member changes the contract.

public enum WorkTablesStatus
{
    None = 1,
    Informal,
    Formal,
}
