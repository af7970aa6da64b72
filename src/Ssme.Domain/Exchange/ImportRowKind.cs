namespace Ssme.Domain.Exchange;

/// <summary>What an import would do with one row.</summary>
public enum ImportRowKind
{
    /// <summary>A questionnaire the wave does not have yet (and, without a code, maybe a new initiative).</summary>
    New,

    /// <summary>An existing questionnaire whose answers or status the row changes.</summary>
    Changed,

    /// <summary>An existing questionnaire the row leaves as it is.</summary>
    Unchanged,

    /// <summary>A row the import cannot apply; one refused row refuses the whole file.</summary>
    Refused,
}
