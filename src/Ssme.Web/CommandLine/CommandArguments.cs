using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.CommandLine;

/// <summary>The options (<c>--name value</c>, <c>--flag</c>) and positional values after a verb.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    public CommandArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[name] = hasValue ? args[++i] : null;
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool HasFlag(string name) => _options.ContainsKey(name);

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    /// <summary>The wave named by <c>--wave</c>.</summary>
    public async Task<Wave> RequiredWaveAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var code = Required("wave");
        return await services.GetRequiredService<SsmeDbContext>().Waves.FindByCodeAsync(code, cancellationToken)
            ?? throw new CommandException(WaveQueries.NotFound(code));
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CommandException($"Falta la opción --{name}.");
}

/// <summary>A verb failed for a reason the user can fix; the message is printed as the one-line reason.</summary>
public sealed class CommandException(string message) : Exception(message)
{
    /// <summary>The value of a handler's success; a failure stops the verb with the handler's Spanish messages.</summary>
    public static T ThrowIfFailed<T>(Features.Shared.Result<T> result) =>
        result.Succeeded ? result.Value : throw new CommandException(string.Join(" ", result.Messages));

    public static void ThrowIfFailed(Features.Shared.Result result)
    {
        if (!result.Succeeded)
        {
            throw new CommandException(string.Join(" ", result.Messages));
        }
    }
}
