namespace Ssme.Web.Composition;

public static class ContentRoot
{
    /// <summary>
    /// The folder with <c>appsettings.json</c> and <c>wwwroot</c>. A published build started from
    /// another folder (<c>dotnet /opt/ssme/Ssme.Web.dll</c>, a service manager) would otherwise
    /// look for them in the working directory and start without its settings or styles.
    /// <c>dotnet run</c> and the test host start where the settings are, and keep their own choice.
    /// </summary>
    public static string? Find() =>
        !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            ? AppContext.BaseDirectory
            : null;
}
