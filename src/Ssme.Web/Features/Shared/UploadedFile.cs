using Ssme.Domain.Exchange;
using Ssme.Infrastructure.Exchange;

namespace Ssme.Web.Features.Shared;

/// <summary>A data file posted to an upload page, read once and checked by <see cref="ExchangeFiles.CheckUpload"/>.</summary>
public sealed record UploadedFile(MemoryStream Content, ExchangeFormat Format)
{
    public static async Task<(UploadedFile? File, string? Problem)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length is 0 or > UploadLimits.MaxBytes)
        {
            return (null, ExchangeFiles.CheckUpload(file?.FileName ?? string.Empty, file?.Length ?? 0, [], out _));
        }

        var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var problem = ExchangeFiles.CheckUpload(file.FileName, content.Length, content.GetBuffer().AsSpan(0, (int)content.Length), out var format);
        if (problem is not null)
        {
            await content.DisposeAsync();
            return (null, problem);
        }

        content.Position = 0;
        return (new UploadedFile(content, format), null);
    }
}
