using Ssme.Domain.Users;

namespace Ssme.Web.Composition;

/// <summary>Authorization policies; every page folder is bound to one of them in <see cref="ServiceRegistration"/>.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Analyst = "Analyst";
    public const string ClusterManager = "ClusterManager";

    internal static readonly string[] AnalystRoles = [Roles.Analyst, Roles.Admin];
}
