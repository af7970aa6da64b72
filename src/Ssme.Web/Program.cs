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
    // Verbs e-mail links to pages (an import tells each manager where to look). The link generator
    // knows only the pages UseEndpoints registered, and a verb never builds the request pipeline
    // that would call it, so the top-level MapRazorPages the analyzer suggests would not do.
    app.UseRouting();
#pragma warning disable ASP0014
    app.UseEndpoints(endpoints => endpoints.MapRazorPages());
#pragma warning restore ASP0014
    return await CommandLineRunner.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
}

await app.Services.InitializeDatabaseAsync(app.Environment, CancellationToken.None);
app.UseSsmePipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so integration tests can host the app.</summary>
public partial class Program;
