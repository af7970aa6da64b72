using Ssme.Web.CommandLine;

namespace Ssme.Web.Tests.Support;

public sealed record VerbRun(int ExitCode, string Output, string Error);

public static class CommandVerbs
{
    /// <summary>Runs a command verb in-process on the app's services and database, capturing what it prints.</summary>
    public static async Task<VerbRun> RunVerbAsync(this SsmeAppFactory factory, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineRunner.RunAsync(factory.Services, arguments, output, error, CancellationToken.None);
        return new VerbRun(exitCode, output.ToString(), error.ToString());
    }
}
