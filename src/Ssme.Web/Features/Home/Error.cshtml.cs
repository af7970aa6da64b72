using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Exchange;

namespace Ssme.Web.Features.Home;

/// <summary>
/// Every error a person can meet, in Spanish and in the portal's layout: unhandled exceptions are
/// re-executed here as 500, and empty error responses (400, 404, 405, 413, 429…) by status code.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Ocurrió un error";

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet([FromRoute] int? code) => Describe(code);

    // From the route only: the form of a re-executed post (an upload over the limit) must not be read again.
    public void OnPost([FromRoute] int? code) => Describe(code);

    private void Describe(int? code)
    {
        // The exception handler comes here without a code but keeps the status of a refused request (413 for a body over the limit).
        code ??= Response.StatusCode >= 400 ? Response.StatusCode : null;
        (Title, Explanation) = code switch
        {
            StatusCodes.Status400BadRequest => ("La solicitud no es válida", "El formulario llegó incompleto o venció (por ejemplo, si la página estuvo abierta mucho tiempo). Vuelva atrás, recargue la página e inténtelo de nuevo; lo que ya había guardado no se perdió."),
            StatusCodes.Status403Forbidden => ("Acceso denegado", "Su cuenta no tiene permiso para ver esta página. Si cree que se trata de un error, contacte al administrador del SSME."),
            StatusCodes.Status404NotFound => ("Página no encontrada", "La dirección no existe o el contenido ya no está disponible. Revise el enlace o vuelva al inicio."),
            StatusCodes.Status405MethodNotAllowed => ("Acción no permitida", "Esta página no admite esa acción. Vuelva atrás y use los botones de la página."),
            StatusCodes.Status413PayloadTooLarge => ("Archivo demasiado grande", $"El archivo supera el tamaño máximo permitido ({UploadLimits.MaxBytes / (1024 * 1024)} MB). Divídalo o reduzca su tamaño y cárguelo de nuevo."),
            StatusCodes.Status429TooManyRequests => ("Demasiados intentos", "Demasiados intentos desde esta conexión. Espere un minuto e inténtelo de nuevo."),
            _ => ("Ocurrió un error", "No pudimos completar su solicitud. Lo que ya había guardado no se perdió. Inténtelo de nuevo en unos minutos."),
        };
    }
}
