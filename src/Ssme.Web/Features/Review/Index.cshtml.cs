using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Exchange;
using Ssme.Web.Features.Exchange;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Review;

public sealed class IndexModel(SsmeDbContext db, ReviewListHandler review, WaveExchangeHandler exchange) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave? Wave { get; private set; }

    public Paged<ReviewRow>? Results { get; private set; }

    [BindProperty(SupportsGet = true, Name = "ola")]
    public string? WaveCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "departamento")]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "macrosector")]
    public string? Macrosector { get; set; }

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "nivel")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "orden")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadWaveAsync(cancellationToken);
        if (Wave is null)
        {
            return;
        }

        var query = new ReviewQuery(
            Department,
            ChoiceCode.TryParse<Macrosector>(Macrosector, out var macrosector) ? macrosector : null,
            Enum.TryParse<SubmissionStatus>(Status, out var status) && Enum.IsDefined(status) ? status : null,
            int.TryParse(Level, out var level) && level is >= ReviewQuery.NoLevel and <= 3 ? level : null,
            Search,
            CurrentSort,
            Descending,
            PageNumber);
        Results = await review.ListAsync(Wave.Id, query, cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(string? formato, CancellationToken cancellationToken)
    {
        await LoadWaveAsync(cancellationToken);
        if (Wave is null)
        {
            return NotFound();
        }

        var format = string.Equals(formato, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExchangeFormat.Xlsx : ExchangeFormat.Csv;
        var buffer = new MemoryStream();
        await exchange.ExportAsync(Wave, format, buffer, cancellationToken);
        buffer.Position = 0;
        return File(buffer, ExchangeFiles.ContentType(format), WaveExchangeHandler.FileName(Wave, format));
    }

    /// <summary>The sort the list uses: the one asked for, or by name.</summary>
    public ReviewSort CurrentSort => Enum.TryParse<ReviewSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : ReviewSort.Name;

    /// <summary>The list's URL at another page, keeping the filters and the sort.</summary>
    public string PageUrl(int page) => ListUrl(Sort, Descending, page);

    /// <summary>A column header's link: sorts by it, or reverses it when it is the current sort; back to the first page.</summary>
    public string SortUrl(ReviewSort sort) => ListUrl(sort.ToString(), CurrentSort == sort && !Descending, page: 1);

    private string ListUrl(string? sort, bool descending, int page) =>
        Url.Page("/Review/Index", new RouteValueDictionary(new Dictionary<string, object?>
        {
            ["ola"] = Wave?.Code,
            ["departamento"] = Department,
            ["macrosector"] = Macrosector,
            ["estado"] = Status,
            ["nivel"] = Level,
            ["buscar"] = Search,
            ["orden"] = sort,
            ["desc"] = descending ? "true" : null,
            ["pagina"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(pair => !string.IsNullOrEmpty(pair.Value as string))))!;

    private async Task LoadWaveAsync(CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        Wave = WaveQueries.Pick(Waves, WaveCode);
    }
}
