using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Ssme.Web.Features.Shared;

/// <summary>Spanish versions of the model binder's messages (a letter typed in a number field, and so on).</summary>
public static class SpanishBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"El valor «{value}» no es válido.");
        messages.SetValueMustBeANumberAccessor(field => $"«{field}» debe ser un número.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"El valor «{value}» no es válido para «{field}».");
        messages.SetMissingBindRequiredValueAccessor(field => $"Falta un valor para «{field}».");
        messages.SetMissingKeyOrValueAccessor(() => "Falta un valor.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "La solicitud no trae datos.");
        messages.SetValueMustNotBeNullAccessor(value => $"El valor «{value}» no es válido.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"El valor «{value}» no es válido.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "El valor no es válido.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "El valor debe ser un número.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"El valor de «{field}» no es válido.");
    }
}
