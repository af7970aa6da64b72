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
}
