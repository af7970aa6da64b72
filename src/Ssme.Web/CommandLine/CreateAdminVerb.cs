using Ssme.Domain.Users;
using Ssme.Web.Features.Admin.Users;

namespace Ssme.Web.CommandLine;

internal sealed class CreateAdminVerb : ICommandVerb
{
    public string Name => "create-admin";

    public string Usage => "create-admin --email E --password P";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var email = arguments.Required("email");
        var password = arguments.Required("password");
        var result = await services.GetRequiredService<UserAdministration>()
            .CreateAccountAsync(email, "Administrador SSME", password, Roles.Admin, cancellationToken);
        if (!result.Succeeded)
        {
            throw new CommandException(string.Join(" ", result.Errors));
        }

        Console.WriteLine($"Administrador {email} creado.");
        return 0;
    }
}
