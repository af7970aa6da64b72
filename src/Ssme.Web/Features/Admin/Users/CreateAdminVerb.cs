using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Admin.Users;

internal sealed class CreateAdminVerb : ICommandVerb
{
    public string Name => "create-admin";

    public string Usage => "create-admin --email E --password P";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var email = arguments.Required("email");
        var password = arguments.Required("password");
        var result = await services.GetRequiredService<UserAdministrationHandler>()
            .CreateAccountAsync(email, "Administrador SSME", password, Roles.Admin, Actor.System, cancellationToken);
        CommandException.ThrowIfFailed(result);
        await output.WriteLineAsync($"Administrador {email} creado.");
        return 0;
    }
}
