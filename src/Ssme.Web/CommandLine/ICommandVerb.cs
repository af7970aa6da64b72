namespace Ssme.Web.CommandLine;

public interface ICommandVerb
{
    string Name { get; }

    string Usage { get; }

    /// <summary>Runs the verb in a fresh DI scope, writing what it did to <paramref name="output"/>, and returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken);
}
