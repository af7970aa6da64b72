namespace Ssme.Domain.Users;

/// <summary>The three roles of SPEC §1.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Analyst = "Analyst";
    public const string ClusterManager = "ClusterManager";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, ClusterManager];

    public static string ToSpanish(string role) => role switch
    {
        Admin => "Administrador",
        Analyst => "Analista",
        ClusterManager => "Gerente de iniciativa cluster",
        _ => role,
    };
}
