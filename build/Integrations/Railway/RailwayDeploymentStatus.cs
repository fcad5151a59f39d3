namespace Mlops.Build.Integrations.Railway;

/// <summary>
/// The DeploymentStatus values the deploy acts on. Kept as strings, not an enum, so a status Railway adds later
/// reads as "still in progress" instead of breaking the deploy.
/// </summary>
public static class RailwayDeploymentStatus
{
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
    public const string Crashed = "CRASHED";

    /// <summary>A deployment that was live until a newer one replaced it; Railway can still roll back to it.</summary>
    public const string Removed = "REMOVED";

    /// <summary>Railway's own CLI stops waiting on these three.</summary>
    public static bool IsFinal(string status) => status is Success or Failed or Crashed;
}
