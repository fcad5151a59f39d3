namespace Mlops.Build.Integrations.Railway;

/// <summary>How a deploy ended: live, or failed and what (if anything) was restored in its place.</summary>
public sealed record RailwayDeploymentResult
{
    public required string DeploymentId { get; init; }

    public Uri? PublicUrl { get; init; }

    /// <summary>Why the deployment was not accepted; null when it is live and verified.</summary>
    public string? Failure { get; init; }

    /// <summary>The earlier good deployment that is active again after the rollback.</summary>
    public string? RestoredDeploymentId { get; init; }

    /// <summary>Why nothing was restored, when the rollback found no target or failed.</summary>
    public string? RestoreProblem { get; init; }

    /// <summary>The variables as they were put back after a failure (e.g. MODEL_VERSION=1.0.0).</summary>
    public string? RestoredVariables { get; init; }

    /// <summary>Why the variables could not be put back after a failure.</summary>
    public string? VariablesProblem { get; init; }

    public bool Succeeded => Failure is null;

    public string Describe()
    {
        if (Succeeded)
        {
            return $"Railway deployment {DeploymentId} is live and verified at {PublicUrl}.";
        }

        var restore = RestoredDeploymentId is null
            ? $"Nothing was restored: {RestoreProblem}"
            : $"Rolled back to the previous good deployment {RestoredDeploymentId}.";
        var variables = (RestoredVariables, VariablesProblem) switch
        {
            ({ } restored, _) => $" The service's variables are back to {restored}.",
            (_, { } problem) => $" The service's variables were not put back: {problem}.",
            _ => string.Empty,
        };
        return $"Railway deployment {DeploymentId} failed: {Failure}. {restore}{variables}";
    }

    /// <summary>Fails the build with the whole story when the deployment was not accepted.</summary>
    public void ThrowIfFailed()
    {
        if (!Succeeded)
        {
            throw new RailwayDeploymentFailedException(this);
        }
    }
}
