namespace Ssme.Domain.Reference;

/// <summary>
/// National reference data for one department and year (DANE occupied population, firms registered in
/// the chambers of commerce / RUES), used by the report's Dimension 3.
/// </summary>
public sealed class ReferenceFigure
{
    /// <summary>The code of the national row (the file may also say "Nacional"); no department has it.</summary>
    public const string NationalCode = "00";

    public const string NationalName = "Nacional";
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

    public bool IsNational => DepartmentCode == NationalCode;

    /// <summary>"Nacional" or the department's name.</summary>
    public string PlaceName => IsNational ? NationalName : Initiatives.Department.FromCode(DepartmentCode).Name;

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
