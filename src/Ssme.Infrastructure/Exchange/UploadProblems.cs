using Ssme.Domain.Common;
using Ssme.Domain.Exchange;

namespace Ssme.Infrastructure.Exchange;

/// <summary>The Spanish messages of SPEC §11's upload limits; each names the limit it enforces.</summary>
internal static class UploadProblems
{
    public const string SaveAsUtf8 = "Guárdelo como «CSV UTF-8 (delimitado por comas)» (en Excel: Archivo › Guardar como) e impórtelo de nuevo.";

    public static string TooLarge => $"El archivo supera el máximo de {UploadLimits.MaxBytes / (1024 * 1024)} MB.";

    public static string TooManyRows => $"El archivo tiene más de {EsCo.Count(UploadLimits.MaxRows)} filas de datos: divídalo en archivos de hasta {EsCo.Count(UploadLimits.MaxRows)} filas.";

    public static string TooManyColumns => $"El archivo tiene más de {EsCo.Count(UploadLimits.MaxColumns)} columnas: deje solo las columnas con los códigos de campo del cuestionario.";

    public static string CellTooLong => $"la celda supera {EsCo.Count(UploadLimits.MaxCellCharacters)} caracteres.";

    public static string LineTooLong(int row) => $"La fila {EsCo.Count(row)} supera {EsCo.Count(UploadLimits.MaxLineCharacters)} caracteres: revise que cada columna tenga un valor corto y que las comillas estén cerradas.";

    public static string WorkbookTooLarge => $"El libro ocupa más de {UploadLimits.MaxXlsxUncompressedBytes / (1024 * 1024)} MB sin comprimir: quite hojas, imágenes o formatos que no sean los datos de la ola, o expórtelo como «CSV UTF-8».";

    public static string NotUtf8 => "El archivo no está en UTF-8 (parece Latin-1/Windows-1252). " + SaveAsUtf8;

    public static string Utf16 => "El archivo está en UTF-16 («Texto Unicode»), no en UTF-8. " + SaveAsUtf8;

    public static string NotText => "El archivo no es un CSV de texto: parece un archivo binario (por ejemplo un libro de Excel o un PDF con la extensión cambiada). " + SaveAsUtf8 + " Un libro de Excel se puede subir tal cual con la extensión .xlsx.";
}
