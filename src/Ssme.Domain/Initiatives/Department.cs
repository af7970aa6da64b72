using Ssme.Domain.Common;

namespace Ssme.Domain.Initiatives;

/// <summary>A Colombian department identified by its two-digit DIVIPOLA code.</summary>
public sealed record Department(string Code, string Name)
{
    public static IReadOnlyList<Department> All { get; } =
    [
        new("05", "Antioquia"),
        new("08", "Atlántico"),
        new("11", "Bogotá D.C."),
        new("13", "Bolívar"),
        new("15", "Boyacá"),
        new("17", "Caldas"),
        new("18", "Caquetá"),
        new("19", "Cauca"),
        new("20", "Cesar"),
        new("23", "Córdoba"),
        new("25", "Cundinamarca"),
        new("27", "Chocó"),
        new("41", "Huila"),
        new("44", "La Guajira"),
        new("47", "Magdalena"),
        new("50", "Meta"),
        new("52", "Nariño"),
        new("54", "Norte de Santander"),
        new("63", "Quindío"),
        new("66", "Risaralda"),
        new("68", "Santander"),
        new("70", "Sucre"),
        new("73", "Tolima"),
        new("76", "Valle del Cauca"),
        new("81", "Arauca"),
        new("85", "Casanare"),
        new("86", "Putumayo"),
        new("88", "Archipiélago de San Andrés, Providencia y Santa Catalina"),
        new("91", "Amazonas"),
        new("94", "Guainía"),
        new("95", "Guaviare"),
        new("97", "Vaupés"),
        new("99", "Vichada"),
    ];

    private static readonly Dictionary<string, Department> Lookup = BuildLookup();

    /// <summary>Finds a department by DIVIPOLA code ("5" or "05") or by name, ignoring accents and case.</summary>
    public static Department? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }

        var key = SpanishText.Fold(codeOrName);
        if (key.Length == 1 && char.IsAsciiDigit(key[0]))
        {
            key = "0" + key;
        }

        return Lookup.GetValueOrDefault(key);
    }

    public static Department FromCode(string code) =>
        Find(code) ?? throw new ArgumentException($"Código de departamento desconocido: {code}", nameof(code));

    private static Dictionary<string, Department> BuildLookup()
    {
        var lookup = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var department in All)
        {
            lookup[department.Code] = department;
            lookup[SpanishText.Fold(department.Name)] = department;
        }

        lookup[SpanishText.Fold("Bogotá")] = lookup["11"];
        lookup[SpanishText.Fold("Bogotá, D.C.")] = lookup["11"];
        lookup[SpanishText.Fold("San Andrés")] = lookup["88"];
        lookup[SpanishText.Fold("San Andrés y Providencia")] = lookup["88"];
        return lookup;
    }
}
