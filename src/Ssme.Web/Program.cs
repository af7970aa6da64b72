using Ssme.Web.CommandLine;
using Ssme.Web.Composition;

var verb = CommandLineRunner.FindVerb(args);

// A command verb takes its own options; only a plain web start passes args on as configuration.
var builder = WebApplication.CreateBuilder(verb is null ? args : []);
builder.AddSsmeServices();
var app = builder.Build();

if (verb is not null)
{
    return await CommandLineRunner.RunAsync(app, args, CancellationToken.None);
}

await app.Services.InitializeDatabaseAsync(app.Environment, CancellationToken.None);
app.UseSsmePipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so integration tests can host the app.</summary>
public partial class Program;
