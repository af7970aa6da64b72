using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ssme.Web.Features.Shared;

public static class ModelStateExtensions
{
    /// <summary>
    /// The model state's messages; the framework's English binding messages are replaced by
    /// <see cref="SpanishBindingMessages"/>, so everything here is already Spanish.
    /// </summary>
    public static IReadOnlyList<string> ToSpanishErrors(this ModelStateDictionary modelState) =>
        modelState.Values.SelectMany(entry => entry.Errors).Select(error => error.ErrorMessage).Distinct().ToList();

    /// <summary>
    /// Adds a handler's errors to the form's model state, each under its field (<paramref name="prefix"/>
    /// + field), so the summary links to the field and the message stands beside it.
    /// </summary>
    public static void AddResultErrors(this ModelStateDictionary modelState, Result result, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field is null ? string.Empty : prefix + error.Field, error.Message);
        }
    }
}
