using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Exchange;

namespace Ssme.Web.Features.Review;

public sealed class IndexModel(ReviewService review, WaveExchange exchange) : PageModel
{
    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave? Wave { get; private set; }

    public ReviewPage? Results { get; private set; }

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
            Enum.TryParse<ReviewSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : ReviewSort.Name,
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
        return File(buffer, ExchangeFiles.ContentType(format), WaveExchange.FileName(Wave, format));
    }

    /// <summary>The list's URL with one parameter changed, keeping the other filters.</summary>
    public string UrlWith(string name, string? value)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["ola"] = Wave?.Code,
            ["departamento"] = Department,
            ["macrosector"] = Macrosector,
            ["estado"] = Status,
            ["nivel"] = Level,
            ["buscar"] = Search,
            ["orden"] = Sort,
            ["desc"] = Descending ? "true" : null,
        };
        parameters[name] = value;
        if (name != "pagina")
        {
            parameters.Remove("pagina");
        }
        else
        {
            parameters["pagina"] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/revision", parameters.Where(pair => !string.IsNullOrEmpty(pair.Value)));
    }

    public string SortUrl(ReviewSort sort)
    {
        var current = Enum.TryParse<ReviewSort>(Sort, ignoreCase: true, out var parsed) ? parsed : ReviewSort.Name;
        var descending = current == sort && !Descending;
        var url = UrlWith("orden", sort.ToString());
        return descending ? url + "&desc=true" : url.Replace("&desc=true", string.Empty, StringComparison.Ordinal);
    }

    private async Task LoadWaveAsync(CancellationToken cancellationToken)
    {
        Waves = await review.WavesAsync(cancellationToken);
        Wave = ReviewService.Pick(Waves, WaveCode);
    }
}
