using Ssme.Web.CommandLine;
using Ssme.Web.Composition;

var isCommand = CommandLineRunner.IsCommand(args);

// A command verb takes its own options; only a plain web start passes args on as configuration.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isCommand ? [] : args,
    ContentRootPath = ContentRoot.Find(),
});
builder.AddSsmeServices();
var app = builder.Build();

if (isCommand)
{
    return await CommandLineRunner.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
}

await app.Services.InitializeDatabaseAsync(app.Environment, CancellationToken.None);
app.UseSsmePipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so integration tests can host the app.</summary>
public partial class Program;
