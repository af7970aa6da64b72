namespace Ssme.Domain.Privacy;

/// <summary>
/// One published text of the personal-data policy (Ley 1581 de 2012). Versions are never edited:
/// an admin's change publishes the next one, so the version each person accepted stays readable.
/// </summary>
public sealed class PrivacyPolicyVersion
{
    public const int MaxTextLength = 20_000;

    private PrivacyPolicyVersion()
    {
        Text = string.Empty;
        PublishedBy = string.Empty;
    }

    public PrivacyPolicyVersion(int number, string text, DateTimeOffset publishedAt, string publishedBy)
        : this()
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new Common.DomainException("Texto de la política: es obligatorio.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new Common.DomainException($"Texto de la política: no puede superar {Common.EsCo.Count(MaxTextLength)} caracteres.");
        }

        Number = number;
        Text = text.Trim().ReplaceLineEndings("\n");
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The portal's first text, in force until an admin publishes another (version 1).</summary>
    public static PrivacyPolicyVersion Initial { get; } = new(
        1,
        """
        ## Responsable del tratamiento
        La Confederación Colombiana de Cámaras de Comercio (Confecámaras), como coordinadora de la Red Cluster Colombia, es responsable del tratamiento de los datos personales que se recogen en el Sistema de Seguimiento, Medición y Evaluación (SSME), conforme a la Ley 1581 de 2012 y al Decreto 1377 de 2013.

        ## Datos que recogemos
        Nombre, correo electrónico y cargo de la persona responsable de cada iniciativa cluster y de los analistas y administradores del SSME, y las respuestas del cuestionario de cada iniciativa.

        ## Finalidades
        - Administrar las cuentas de acceso al SSME y comunicarnos con usted sobre cada ola de medición (invitaciones, recordatorios, devoluciones y resultados).
        - Medir, categorizar y hacer seguimiento a las iniciativas cluster del país, y publicar resultados agregados que no identifican a las personas.
        - Cumplir las obligaciones legales de Confecámaras y atender las solicitudes de los titulares.

        ## Derechos del titular
        Usted puede conocer, actualizar, rectificar y suprimir sus datos personales; solicitar prueba de la autorización que otorgó; ser informado del uso que se les ha dado; revocar la autorización cuando no se respeten los principios, derechos y garantías legales; presentar quejas ante la Superintendencia de Industria y Comercio; y acceder gratuitamente a sus datos.

        ## Cómo ejercerlos
        Escriba al canal de atención indicado en esta página, con su nombre, su correo registrado y lo que solicita. Las consultas se atienden en un máximo de 10 días hábiles y los reclamos en un máximo de 15 días hábiles. En «Mi cuenta» puede ver en todo momento los datos que el SSME guarda sobre usted.
        """,
        new DateTimeOffset(2026, 11, 25, 0, 0, 0, Common.EsCo.ColombiaOffset),
        "Sistema");

    /// <summary>The version after this one, with the admin's new text.</summary>
    public PrivacyPolicyVersion Next(string text, DateTimeOffset publishedAt, string publishedBy) =>
        new(Number + 1, text, publishedAt, publishedBy);
}
