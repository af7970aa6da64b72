using Ssme.Domain.Exchange;

namespace Ssme.Infrastructure.Exchange;

/// <summary>A data file that cannot be read or is over a limit of SPEC §11, with where the reading stopped.</summary>
public sealed class ExchangeFileException : Exception
{
    public ExchangeFileException(ImportProblem problem)
        : base(problem.ToString()) => Problem = problem;

    public ExchangeFileException(ImportProblem problem, Exception innerException)
        : base(problem.ToString(), innerException) => Problem = problem;

    public ExchangeFileException()
        : this(new ImportProblem(1, null, "El archivo no se pudo leer."))
    {
    }

    /// <summary>A problem of the whole file; it is listed on the header row, as the other file-level problems are.</summary>
    public ExchangeFileException(string message)
        : this(new ImportProblem(1, null, message))
    {
    }

    public ExchangeFileException(string message, Exception innerException)
        : this(new ImportProblem(1, null, message), innerException)
    {
    }

    public ImportProblem Problem { get; }

    internal static ExchangeFileException OfCell(int row, string column, string message) => new(new ImportProblem(row, column, message));
}
