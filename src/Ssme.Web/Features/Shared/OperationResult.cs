namespace Ssme.Web.Features.Shared;

/// <summary>The outcome of a handler: success, or Spanish messages to show the user.</summary>
public sealed record OperationResult(IReadOnlyList<string> Errors)
{
    public static OperationResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static OperationResult Failure(params string[] errors) => new(errors);
}
