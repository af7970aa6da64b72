using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Primitives;
using Ssme.Domain.Questionnaire;
using Ssme.Web.Composition;

namespace Ssme.Web.Features.Questionnaires;

/// <summary>A section form that could not be saved because the session had ended: what was posted, for whom to show it again.</summary>
public sealed record RescuedDraft(int SubmissionId, string Section, Dictionary<string, string[]> Form, DateTimeOffset At)
{
    public FormCollection ToForm() => new(Form.ToDictionary(pair => pair.Key, pair => new StringValues(pair.Value), StringComparer.Ordinal));
}

/// <summary>
/// Keeps what a manager typed when «Guardar» (or the autosave) reached the portal after the session
/// had ended, or without its antiforgery cookie, so that after signing in again the same section
/// shows it and nothing has to be retyped. Nothing is written to the questionnaire: the person sees
/// the values and saves them. A draft is encrypted at rest, found only through the cookie of the
/// browser that posted it, shown once, and deleted after <see cref="Lifetime"/>.
/// </summary>
public sealed partial class RescuedDrafts(DataFolder dataFolder, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "ssme.rescate";

    public const string QueryName = "recuperar";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Anonymous people can reach this (their session ended), so the folder is bounded.</summary>
    private const int MaxKept = 5000;

    private readonly IDataProtector _protector = protection.CreateProtector("Ssme.RescuedDrafts");

    private string Folder => Path.Combine(dataFolder.Path, "rescued-drafts");

    /// <summary>
    /// Keeps the posted section form of <paramref name="context"/> and answers the address that shows
    /// it again; null when the request is not a section form or nothing more can be kept.
    /// </summary>
    public async Task<string?> KeepAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType
            || !int.TryParse(context.Request.RouteValues["id"]?.ToString(), out var submissionId))
        {
            return null;
        }

        var section = SectionText.FromSlug(context.Request.RouteValues["section"]?.ToString()) ?? Section.Profile;
        Directory.CreateDirectory(Folder);
        DeleteExpired();
        if (Directory.EnumerateFiles(Folder).Take(MaxKept + 1).Count() > MaxKept)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var kept = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in QuestionnaireFields.In(section))
        {
            foreach (var name in new[] { field.Code, SectionModel.LoadedPrefix + field.Code })
            {
                if (form.TryGetValue(name, out var values))
                {
                    kept[name] = [.. values.Select(value => Truncated(value ?? string.Empty))];
                }
            }
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var draft = new RescuedDraft(submissionId, section.Slug(), kept, clock.GetUtcNow());
        await File.WriteAllTextAsync(PathOf(id), _protector.Protect(JsonSerializer.Serialize(draft)), cancellationToken);
        context.Response.Cookies.Append(CookieName, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = Lifetime });
        return $"{context.Request.PathBase}{context.Request.Path}?{QueryName}={id}";
    }

    /// <summary>The draft for this submission and section, once, and only in the browser that posted it.</summary>
    public async Task<RescuedDraft?> TakeAsync(HttpContext context, int submissionId, Section section, CancellationToken cancellationToken)
    {
        var id = context.Request.Query[QueryName].ToString();
        if (!IdPattern().IsMatch(id) || context.Request.Cookies[CookieName] != id || !File.Exists(PathOf(id)))
        {
            return null;
        }

        var protectedText = await File.ReadAllTextAsync(PathOf(id), cancellationToken);
        File.Delete(PathOf(id));
        context.Response.Cookies.Delete(CookieName);
        var draft = JsonSerializer.Deserialize<RescuedDraft>(_protector.Unprotect(protectedText));
        return draft is not null && draft.SubmissionId == submissionId && draft.Section == section.Slug() && clock.GetUtcNow() - draft.At <= Lifetime
            ? draft
            : null;
    }

    private static string Truncated(string value) => value.Length <= FieldBounds.MaxTextLength ? value : value[..FieldBounds.MaxTextLength];

    private void DeleteExpired()
    {
        var oldest = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(Folder).Where(file => File.GetLastWriteTimeUtc(file) < oldest))
        {
            File.Delete(file);
        }
    }

    private string PathOf(string id) => Path.Combine(Folder, id + ".draft");

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
