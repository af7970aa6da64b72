namespace Ssme.Domain.Questionnaire;

/// <summary>How a raw value is written: machine values in files, or what a person types in the form.</summary>
public enum ValueFormat
{
    /// <summary>CSV/XLSX: <c>45.5</c>, <c>1250000</c>, <c>true</c>, codes (SPEC §6).</summary>
    Machine,

    /// <summary>The form: also <c>45,5</c>, <c>1.250.000</c>, <c>$ 1.250.000</c>.</summary>
    Typed,
}
