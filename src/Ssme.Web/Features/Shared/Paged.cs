using Microsoft.EntityFrameworkCore;

namespace Ssme.Web.Features.Shared;

/// <summary>One page of a list the database filtered, counted and sorted; a page out of range is clamped.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, int Page, int Pages);

public static class PagedQueryExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> sorted, int requestedPage, int pageSize, CancellationToken cancellationToken)
    {
        var total = await sorted.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(requestedPage, 1, pages);
        var rows = await sorted.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(rows, total, page, pages);
    }
}
