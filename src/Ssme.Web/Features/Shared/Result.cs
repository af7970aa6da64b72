using Ssme.Domain.Exchange;

namespace Ssme.Web.Features.Shared;

/// <summary>A Spanish message for the user, keyed by the field it is about (none: the whole form) and, for files, the row.</summary>
public sealed record ResultError(string Message, string? Field = null, int? Row = null)
{
    public static ResultError FromImport(ImportProblem problem) => new(problem.Message, problem.Column, problem.Row);

    /// <summary>The message as listed to the user; a file's problems say where they are.</summary>
    public override string ToString() => Row is { } row ? new ImportProblem(row, Field, Message).ToString() : Message;
}

/// <summary>
/// The outcome of a handler: success, or Spanish errors keyed by field. A conflict is a failure
/// because another save changed the same data first; the page tells the user to look again.
/// </summary>
public class Result
{
    private protected Result(IReadOnlyList<ResultError> errors, bool isConflict)
    {
        Errors = errors;
        IsConflict = isConflict;
    }

    public static Result Success { get; } = new([], false);

    public IReadOnlyList<ResultError> Errors { get; }

    public bool IsConflict { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The messages as the page lists them.</summary>
    public IReadOnlyList<string> Messages => Errors.Select(error => error.Message).ToList();

    public static Result Failure(string message, string? field = null) => new([new ResultError(message, field)], false);

    public static Result Failure(IEnumerable<ResultError> errors) => new(errors.ToList(), false);

    public static Result<T> Ok<T>(T value) => new(value, [], false);

    public static Result<T> Failure<T>(string message, string? field = null) => new(default, [new ResultError(message, field)], false);

    public static Result<T> Failure<T>(IEnumerable<ResultError> errors) => new(default, errors.ToList(), false);

    internal static Result Conflict(string message) => new([new ResultError(message)], true);

    internal static Result<T> Conflict<T>(string message) => new(default, [new ResultError(message)], true);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<ResultError> errors, bool isConflict)
        : base(errors, isConflict) => _value = value;

    /// <summary>The value of a success; reading it from a failure is a programming error.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("A failed result has no value.");
}
