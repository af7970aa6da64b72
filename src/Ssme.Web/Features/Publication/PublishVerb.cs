using Ssme.Domain.Common;
using Ssme.Domain.Submissions;
using Ssme.Web.CommandLine;

namespace Ssme.Web.Features.Publication;

/// <summary><c>publish --wave C</c> (SPEC §13): the same rules and audit as the button on the reports page.</summary>
internal sealed class PublishVerb : ICommandVerb
{
    public string Name => "publish";

    public string Usage => "publish --wave C";

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var waveCode = arguments.Required("wave");
        var result = await services.GetRequiredService<PublicationHandler>().PublishAsync(waveCode, Actor.System, cancellationToken);
        var publication = CommandException.ThrowIfFailed(result);
        await output.WriteLineAsync($"Ola {waveCode.Trim()} publicada: informe de {EsCo.Count(publication.Pdf.Length)} bytes, SHA-256 {publication.PdfSha256}.");
        return 0;
    }
}
