namespace Ssme.Domain.Reference;

/// <summary>
/// National reference data for one department and year (DANE occupied population, firms registered in
/// the chambers of commerce / RUES), used by the report's Dimension 3.
/// </summary>
public sealed class ReferenceFigure
{
    private ReferenceFigure()
    {
        DepartmentCode = string.Empty;
    }

    public ReferenceFigure(string departmentCode, int year, long? occupiedPopulation, long? registeredFirms)
    {
        DepartmentCode = departmentCode;
        Year = year;
        Update(occupiedPopulation, registeredFirms);
    }

    public int Id { get; private set; }

    public string DepartmentCode { get; private set; }

    public int Year { get; private set; }

    public long? OccupiedPopulation { get; private set; }

    public long? RegisteredFirms { get; private set; }

    public void Update(long? occupiedPopulation, long? registeredFirms)
    {
        if (occupiedPopulation < 0 || registeredFirms < 0)
        {
            throw new Common.DomainException("Las cifras de referencia no pueden ser negativas.");
        }

        OccupiedPopulation = occupiedPopulation;
        RegisteredFirms = registeredFirms;
    }
}
