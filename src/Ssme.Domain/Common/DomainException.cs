namespace Ssme.Domain.Common;

/// <summary>
/// A business rule refused an operation. The message is Spanish and is shown to the user as is.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The one input the refusal is about (for example <see cref="Inputs.Comment"/>), so a page can show it beside that box; null when it is about the whole operation.</summary>
    public string? Input { get; init; }

    /// <summary>The names a refusal can give its input.</summary>
    public static class Inputs
    {
        /// <summary>The comment or reason typed with a review action.</summary>
        public const string Comment = "comment";
    }
}
