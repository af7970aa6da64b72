using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Ssme.Benchmarks.Load;

/// <summary>One signed-in manager working on their own draft through the real pages and forms.</summary>
internal sealed partial class ManagerSession : IDisposable
{
    public const string SectionSlug = "empresas";

    private readonly HttpClient _client;
    private int _round;

    private ManagerSession(HttpClient client) => _client = client;

    public int SubmissionId { get; private set; }

    public Uri SectionUrl => new($"/cuestionario/{SubmissionId}/{SectionSlug}", UriKind.Relative);

    public static async Task<ManagerSession> SignInAsync(HttpMessageHandler transport, Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var session = new ManagerSession(new HttpClient(new CookieJarHandler(transport)) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) });
        var login = new Uri("/cuenta/ingresar", UriKind.Relative);
        var page = await session._client.GetStringAsync(login, cancellationToken);
        using var response = await session._client.PostAsync(login, Form(
            ("__RequestVerificationToken", Token(page)),
            ("Input.Email", email),
            ("Input.Password", password)), cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect ? session : throw new InvalidOperationException($"Sign-in failed for {email}: {response.StatusCode}.");
    }

    /// <summary>Starts the draft of the open wave from the manager's home page, as the «Empezar» button does.</summary>
    public async Task StartDraftAsync(CancellationToken cancellationToken)
    {
        var home = new Uri("/cuestionario", UriKind.Relative);
        var page = await _client.GetStringAsync(home, cancellationToken);
        using var response = await _client.PostAsync(new Uri("/cuestionario?handler=Start", UriKind.Relative), Form(
            ("__RequestVerificationToken", Token(page)),
            ("waveId", WaveId().Match(page).Groups[1].Value)), cancellationToken);
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"Starting the draft failed: {response.StatusCode}.");
        SubmissionId = int.Parse(SubmissionInLocation().Match(location).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the section; the page is returned for the save that follows (null when it failed).</summary>
    public async Task<string?> ViewSectionAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(SectionUrl, cancellationToken);
        var page = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? page : null;
    }

    /// <summary>Saves the section with the token and version of the page just viewed; true when the portal stored it.</summary>
    public async Task<bool> SaveSectionAsync(string page, CancellationToken cancellationToken)
    {
        var round = ++_round;
        using var response = await _client.PostAsync(SectionUrl, Form(
            ("__RequestVerificationToken", Token(page)),
            ("version", Version().Match(page).Groups[1].Value),
            ("firms_micro", (round % 500).ToString(CultureInfo.InvariantCulture)),
            ("firms_small", "12"),
            ("firms_medium", "3"),
            ("firms_large", "1"),
            ("firms_active", "10")), cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    public void Dispose() => _client.Dispose();

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));

    private static string Token(string page) => BenchmarkHost.Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("name=\"waveId\" value=\"(\\d+)\"")]
    private static partial Regex WaveId();

    [GeneratedRegex("/cuestionario/(\\d+)")]
    private static partial Regex SubmissionInLocation();
}
