using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public enum ReviewSort
{
    Name,
    Department,
    Status,
    Level,
    Updated,
}

/// <summary>The list's filters as the query string carries them; every value is optional.</summary>
public sealed record ReviewQuery(
    string? Department = null,
    Macrosector? Macrosector = null,
    SubmissionStatus? Status = null,
    int? Level = null,
    string? Search = null,
    ReviewSort Sort = ReviewSort.Name,
    bool Descending = false,
    int Page = 1)
{
    public const int PageSize = 25;

    /// <summary>"0" in the level filter stands for "Sin dato".</summary>
    public const int NoLevel = 0;
}

public sealed record ReviewRow(int Id, InitiativeCode? Code, string Initiative, string DepartmentCode, Macrosector? Macrosector, SubmissionStatus Status, int? OverallLevel, DateTimeOffset UpdatedAt)
{
    public string Department => Domain.Initiatives.Department.FromCode(DepartmentCode).Name;
}

/// <summary>The analysts' list of a wave's submissions (SPEC §1): filtered, sorted and paged.</summary>
public sealed class ReviewListHandler(SsmeDbContext db)
{
    /// <summary>Filters, sorts and pages in the database, so a wave of 10 000 submissions answers one page at a time.</summary>
    public async Task<Paged<ReviewRow>> ListAsync(int waveId, ReviewQuery query, CancellationToken cancellationToken)
    {
        var rows =
            from submission in db.Submissions.AsNoTracking()
            join initiative in db.Initiatives.AsNoTracking() on submission.InitiativeId equals initiative.Id
            where submission.WaveId == waveId
            select new { submission, initiative };
        if (Department.Find(query.Department) is { } department)
        {
            rows = rows.Where(row => row.initiative.DepartmentCode == department.Code);
        }

        if (query.Macrosector is { } macrosector)
        {
            rows = rows.Where(row => row.submission.Answers.Macrosector == macrosector);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(row => row.submission.Status == status);
        }

        if (query.Level == ReviewQuery.NoLevel)
        {
            rows = rows.Where(row => row.submission.OverallLevel == null);
        }
        else if (query.Level is { } level)
        {
            rows = rows.Where(row => row.submission.OverallLevel == level);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = Initiative.NormalizeName(query.Search);
            rows = rows.Where(row => row.initiative.NormalizedName.Contains(folded));
        }

        rows = (query.Sort, query.Descending) switch
        {
            (ReviewSort.Department, false) => rows.OrderBy(row => row.initiative.DepartmentCode).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Department, true) => rows.OrderByDescending(row => row.initiative.DepartmentCode).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Status, false) => rows.OrderBy(row => row.submission.Status).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Status, true) => rows.OrderByDescending(row => row.submission.Status).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Level, false) => rows.OrderBy(row => row.submission.OverallLevel).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Level, true) => rows.OrderByDescending(row => row.submission.OverallLevel).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Updated, false) => rows.OrderBy(row => row.submission.UpdatedAt).ThenBy(row => row.initiative.NormalizedName),
            (ReviewSort.Updated, true) => rows.OrderByDescending(row => row.submission.UpdatedAt).ThenBy(row => row.initiative.NormalizedName),
            (_, true) => rows.OrderByDescending(row => row.initiative.NormalizedName),
            _ => rows.OrderBy(row => row.initiative.NormalizedName),
        };

        return await rows
            .Select(row => new ReviewRow(row.submission.Id, row.initiative.Code, row.initiative.Name, row.initiative.DepartmentCode, row.submission.Answers.Macrosector, row.submission.Status, row.submission.OverallLevel, row.submission.UpdatedAt))
            .ToPagedAsync(
            query.Page,
            ReviewQuery.PageSize,
            cancellationToken);
    }
}
