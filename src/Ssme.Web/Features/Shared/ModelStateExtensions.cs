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
}
