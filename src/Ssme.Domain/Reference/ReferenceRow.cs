namespace Ssme.Domain.Reference;

public sealed record ReferenceRow(string DepartmentCode, int Year, long? OccupiedPopulation, long? RegisteredFirms);
