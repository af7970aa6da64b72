using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ssme.Infrastructure.Email;

namespace Ssme.Web.Features.Shared;

/// <summary>
/// Every e-mail the portal sends, composed from one template: a greeting, paragraphs, an optional
/// quotation and one link. Values are HTML-encoded here, once, so no caller builds markup.
/// </summary>
public static class PortalEmails
{
    // Accented Spanish stays readable in the message source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static EmailMessage ConfirmRegistration(string to, string displayName, string initiative, string link) =>
        Compose(
            to,
            "Confirme su correo para el SSME",
            $"Hola, {displayName}:",
            [$"Registró la iniciativa «{initiative}» en el SSME de la Red Cluster Colombia. Confirme su correo para ingresar:"],
            quote: null,
            ("Confirmar mi correo", link));

    public static EmailMessage RegistrationAttemptOnExistingAccount(string to, string displayName, string resetLink) =>
        Compose(
            to,
            "Intento de registro con su correo en el SSME",
            $"Hola, {displayName}:",
            [
                "Alguien intentó registrarse con su correo en el SSME de la Red Cluster Colombia, pero usted ya tiene una cuenta. No creamos ninguna cuenta nueva.",
                "Si fue usted, ingrese con su cuenta de siempre; si olvidó la contraseña, puede crear una nueva:",
            ],
            quote: null,
            ("Restablecer la contraseña", resetLink),
            closing: "Si no fue usted, ignore este mensaje: su cuenta no cambió.");

    public static EmailMessage ResetPassword(string to, string link) =>
        Compose(
            to,
            "Restablecer su contraseña del SSME",
            greeting: null,
            ["Recibimos una solicitud para restablecer su contraseña del SSME."],
            quote: null,
            ("Restablecer la contraseña", link),
            closing: "Si usted no la solicitó, ignore este mensaje.");

    public static EmailMessage SubmissionReturned(string to, string displayName, string initiative, string wave, string comment, string link) =>
        Compose(
            to,
            $"Su cuestionario de la {wave} necesita correcciones",
            $"Hola, {displayName}:",
            [$"Confecámaras devolvió el cuestionario de «{initiative}» en la {wave} con este comentario:"],
            comment,
            ("Corregir y enviar de nuevo", link));

    public static EmailMessage SubmissionAccepted(string to, string displayName, string initiative, string wave, string link) =>
        Compose(
            to,
            $"Su cuestionario de la {wave} fue aceptado",
            $"Hola, {displayName}:",
            [$"Confecámaras aceptó el cuestionario de «{initiative}» en la {wave}. Ya puede ver su categorización y descargar la ficha de la iniciativa."],
            quote: null,
            ("Ver mi cuestionario", link));

    public static EmailMessage SubmissionReceived(string to, string displayName, string initiative, string wave, string number, string link) =>
        Compose(
            to,
            $"Comprobante {number}: recibimos su cuestionario de la {wave}",
            $"Hola, {displayName}:",
            [
                $"Confecámaras recibió el cuestionario de «{initiative}» en la {wave}. Su número de comprobante es {number}.",
                "Adjuntamos una copia de sus respuestas en PDF (el comprobante). También puede descargarla desde su cuestionario en el portal.",
            ],
            quote: null,
            ("Ver mi cuestionario", link));

    /// <summary>An import changed or created the manager's questionnaire; without a link (the verb has no request) the text says where to look.</summary>
    public static EmailMessage AnswersImported(string to, string displayName, string initiative, string wave, string fileName, string link) =>
        Compose(
            to,
            $"Sus respuestas de la {wave} se actualizaron desde un archivo",
            $"Hola, {displayName}:",
            [
                $"Sus respuestas de la {wave} se actualizaron desde un archivo: Confecámaras importó «{fileName}», que trae el cuestionario de «{initiative}».",
                "Revise su cuestionario en el portal del SSME; si algo no corresponde, escríbanos respondiendo este correo.",
            ],
            quote: null,
            ("Ver mi cuestionario", link));

    public static EmailMessage ManagerInvitation(string to, string displayName, string initiative, string wave, DateOnly closesOn, DateTimeOffset expiresAt, string link) =>
        Compose(
            to,
            $"Invitación a diligenciar el cuestionario de la {wave} del SSME",
            $"Hola, {displayName}:",
            [
                $"Confecámaras y la Red Cluster Colombia lo invitan a diligenciar, como responsable de «{initiative}», el cuestionario de la {wave} del Sistema de Seguimiento, Medición y Evaluación (SSME). La recolección cierra el {EsCoDate(closesOn)}.",
                $"Este enlace es personal, sirve una sola vez y vence el {Domain.Common.EsCo.DateTime(expiresAt)}. Con él crea su contraseña (o vincula la cuenta que ya tiene con este correo), acepta la política de tratamiento de datos personales y llega al cuestionario de la iniciativa:",
            ],
            quote: null,
            ("Aceptar la invitación", link),
            closing: "Si usted ya no es responsable de esta iniciativa, responda este correo para que invitemos a la persona correcta.");

    public static EmailMessage StaffInvitation(string to, string displayName, string role, DateTimeOffset expiresAt, string link) =>
        Compose(
            to,
            "Su cuenta del SSME: cree su contraseña",
            $"Hola, {displayName}:",
            [$"El administrador del SSME de la Red Cluster Colombia creó su cuenta con el rol {role}. Cree su contraseña con este enlace personal, que sirve una sola vez y vence el {Domain.Common.EsCo.DateTime(expiresAt)}:"],
            quote: null,
            ("Crear mi contraseña", link),
            closing: "Nadie del SSME le pedirá su contraseña por correo ni por teléfono.");

    public static EmailMessage Reminder(string to, string displayName, string initiative, string wave, DateOnly closesOn, string situation, string link) =>
        Compose(
            to,
            $"Recordatorio: el cuestionario de la {wave} cierra el {EsCoDate(closesOn)}",
            $"Hola, {displayName}:",
            [
                $"Le recordamos que el cuestionario de «{initiative}» en la {wave} del SSME {situation}. La recolección cierra el {EsCoDate(closesOn)}.",
                "Sus respuestas se guardan por secciones: puede avanzar por partes y enviarlo cuando esté completo.",
            ],
            quote: null,
            ("Ir a mi cuestionario", link),
            closing: "Si ya no es responsable de esta iniciativa, responda este correo para que contactemos a la persona correcta.");

    public static EmailMessage ClaimReceived(string to, string displayName, string initiative, string signInLink) =>
        Compose(
            to,
            $"Recibimos su solicitud sobre «{initiative}» en el SSME",
            $"Hola, {displayName}:",
            [
                $"Usted pidió, con su cuenta del SSME, ser responsable de «{initiative}». Un administrador del SSME confirmará la solicitud y le avisaremos por correo.",
                "Mientras tanto puede ingresar con su cuenta de siempre; no creamos ninguna cuenta nueva.",
            ],
            quote: null,
            ("Ingresar al SSME", signInLink),
            closing: "Si no fue usted, cambie su contraseña y responda este correo.");

    public static EmailMessage ClaimApproved(string to, string displayName, string initiative, string link) =>
        Compose(
            to,
            $"Ya es responsable de «{initiative}» en el SSME",
            $"Hola, {displayName}:",
            [$"El administrador del SSME confirmó que usted es responsable de «{initiative}». Ya puede ingresar y diligenciar su cuestionario:"],
            quote: null,
            ("Ir a mi cuestionario", link));

    public static EmailMessage ClaimRejected(string to, string displayName, string initiative, string link) =>
        Compose(
            to,
            $"Su solicitud sobre «{initiative}» en el SSME no fue aprobada",
            $"Hola, {displayName}:",
            [
                $"El administrador del SSME no confirmó su solicitud para ser responsable de «{initiative}». Su cuenta sigue activa, sin iniciativa asociada.",
                "Si cree que es un error, responda este correo con su cargo y la entidad gestora de la iniciativa.",
            ],
            quote: null,
            ("Ingresar al SSME", link));

    private static string EsCoDate(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", Domain.Common.EsCo.Culture);

    /// <summary>A whole document, not a fragment: mail readers and screen readers take the language and the title from it.</summary>
    private static string Document(string subject, string body) =>
        $"<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>{Encoder.Encode(subject)}</title></head><body>{body}</body></html>";

    private static EmailMessage Compose(string to, string subject, string? greeting, IReadOnlyList<string> paragraphs, string? quote, (string Text, string Url) link, string? closing = null)
    {
        var encode = Encoder;
        var body = new StringBuilder();
        var text = new StringBuilder();
        foreach (var paragraph in (greeting is null ? paragraphs : [greeting, .. paragraphs]))
        {
            body.Append("<p>").Append(encode.Encode(paragraph)).Append("</p>");
            text.Append(paragraph).Append("\r\n\r\n");
        }

        if (quote is not null)
        {
            body.Append("<blockquote>").Append(encode.Encode(quote)).Append("</blockquote>");
            text.Append('«').Append(quote).Append("»\r\n\r\n");
        }

        body.Append("<p><a href=\"").Append(encode.Encode(link.Url)).Append("\">").Append(encode.Encode(link.Text)).Append("</a></p>");
        text.Append(link.Text).Append(": ").Append(link.Url).Append("\r\n");

        if (closing is not null)
        {
            body.Append("<p>").Append(encode.Encode(closing)).Append("</p>");
            text.Append("\r\n").Append(closing).Append("\r\n");
        }

        return new EmailMessage(to, subject, Document(subject, body.ToString()), text.ToString());
    }
}
