using AngleSharp;
using AngleSharp.Html.Dom;

namespace Ssme.Web.Tests.Support;

/// <summary>
/// Reads pages and submits their forms the way a browser would: every field the form holds
/// (the antiforgery token included) is sent, with the values a test types on top.
/// </summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return await ParseAsync(body, response.RequestMessage!.RequestUri!);
    }

    /// <summary>The page a response carries, addressed at the URL it finally came from.</summary>
    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);

    public static async Task<IHtmlDocument> ParseAsync(string html, Uri address)
    {
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(address));
        return (IHtmlDocument)document;
    }

    /// <summary>The text of the page's main content, whitespace collapsed, for assertions on what a user reads.</summary>
    public static string MainText(this IHtmlDocument page) =>
        string.Join(' ', (page.QuerySelector("main")?.TextContent ?? page.Body?.TextContent ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Submits the form matched by <paramref name="formSelector"/>; <c>null</c> values remove a field.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IHtmlDocument page,
        string formSelector,
        IReadOnlyDictionary<string, string?>? values = null,
        string? submitButtonSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var fields = CollectFields(form);
        if (submitButtonSelector is not null &&
            form.QuerySelector(submitButtonSelector) is IHtmlButtonElement { Name: { Length: > 0 } buttonName } button)
        {
            fields.Add(new(buttonName, button.Value));
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(field => field.Key == name);
            if (value is not null)
            {
                foreach (var part in value.Split('\u001f'))
                {
                    fields.Add(new(name, part));
                }
            }
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action;
        if (submitButtonSelector is not null && form.QuerySelector(submitButtonSelector)?.GetAttribute("formaction") is { Length: > 0 } formAction)
        {
            target = formAction;
        }

        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}"));
            return client.GetAsync(new Uri($"{target.Split('?')[0]}?{query}", UriKind.RelativeOrAbsolute));
        }

        return client.PostAsync(new Uri(target, UriKind.RelativeOrAbsolute), new FormUrlEncodedContent(fields));
    }

    /// <summary>Several values for one multi-choice field, as checkboxes send them.</summary>
    public static string Many(params string[] values) => string.Join('\u001f', values);

    private static List<KeyValuePair<string, string>> CollectFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "file"))
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    foreach (var option in select.Options.Where(option => option.IsSelected))
                    {
                        fields.Add(new(select.Name, option.Value));
                    }

                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name) && !textArea.IsDisabled:
                    fields.Add(new(textArea.Name, textArea.Value));
                    break;
            }
        }

        return fields;
    }
}
