namespace Ssme.Domain.Exchange;

/// <summary>One value an import would change, as a person reads it: the question's Spanish label, before and after.</summary>
public sealed record FieldChange(string Code, string Label, string? Before, string? After);
