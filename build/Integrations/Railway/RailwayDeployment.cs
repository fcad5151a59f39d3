using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.Railway;

/// <summary>
/// Sets the service's variables (the model version its image fetches), deploys a commit to Railway, waits for it, has
/// the caller verify it, and on any failure rolls the service back to the deployment that was live before and puts
/// the variables back, so a bad release never stays live and the next build of the service builds the good one.
/// </summary>
public sealed class RailwayDeployment(IRailwayClient client, RailwayDeploymentOptions options)
{
    /// <param name="variables">Set before the deploy (with skipDeploys): Railway hands them to the Dockerfile's build as ARGs.</param>
    /// <param name="verify">Checks the live deployment at its public URL (health reports the new version, smoke tests pass).</param>
    public async Task<RailwayDeploymentResult> DeployAsync(
        string commitSha,
        IReadOnlyDictionary<string, string> variables,
        Func<Uri, CancellationToken, Task<VerificationResult>> verify,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(verify);
        var before = await client.GetVariablesAsync(cancellationToken);
        var previous = variables.Keys.Where(before.ContainsKey).ToDictionary(name => name, name => before[name]);
        await client.SetVariablesAsync(variables, cancellationToken);
        options.Log($"Railway: set {Describe(variables)} (without a deploy of Railway's own).");
        var deploymentId = await client.DeployAsync(commitSha, cancellationToken);
        options.Log($"Railway: deployment {deploymentId} started for commit {commitSha}.");
        var (deployment, failure) = await WaitAsync(deploymentId, cancellationToken);
        var url = deployment.PublicUrl;
        failure ??= await VerifyAsync(url, verify, cancellationToken);
        if (failure is null)
        {
            options.Log($"Railway: deployment {deploymentId} verified at {url}.");
            return new RailwayDeploymentResult { DeploymentId = deploymentId, PublicUrl = url };
        }

        options.Log($"Railway: deployment {deploymentId} failed: {failure}");
        var rejected = new RailwayDeploymentResult { DeploymentId = deploymentId, PublicUrl = url, Failure = failure };
        return await RestoreVariablesAsync(await RollBackAsync(rejected, cancellationToken), previous, cancellationToken);
    }

    private static string Describe(IReadOnlyDictionary<string, string> variables) =>
        string.Join(", ", variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));

    /// <summary>The variables go back to what they were, so a rebuild (a restart, a later redeploy) builds the restored version.</summary>
    private async Task<RailwayDeploymentResult> RestoreVariablesAsync(
        RailwayDeploymentResult rejected, Dictionary<string, string> previous, CancellationToken cancellationToken)
    {
        if (previous.Count == 0)
        {
            return rejected;
        }

        try
        {
            await client.SetVariablesAsync(previous, cancellationToken);
            options.Log($"Railway: variables back to {Describe(previous)}.");
            return rejected with { RestoredVariables = Describe(previous) };
        }
        catch (ServiceException exception)
        {
            var problem = $"put them back to {Describe(previous)} by hand before the next deploy ({exception.Message})";
            options.Log($"Railway: the variables were not put back: {problem}.");
            return rejected with { VariablesProblem = problem };
        }
    }

    /// <summary>Polls until SUCCESS, FAILED or CRASHED, or until the overall bound; returns the last state and any failure.</summary>
    private async Task<(RailwayDeploymentInfo Deployment, string? Failure)> WaitAsync(string deploymentId, CancellationToken cancellationToken)
    {
        var started = options.Clock.GetUtcNow();
        string? lastStatus = null;
        while (true)
        {
            var deployment = await client.GetDeploymentAsync(deploymentId, cancellationToken);
            if (deployment.Status != lastStatus)
            {
                options.Log($"Railway: deployment {deploymentId} is {deployment.Status}.");
                lastStatus = deployment.Status;
            }

            if (RailwayDeploymentStatus.IsFinal(deployment.Status))
            {
                return (deployment, deployment.Status == RailwayDeploymentStatus.Success ? null : $"Railway reports {deployment.Status}");
            }

            if (options.Clock.GetUtcNow() - started + options.PollInterval > options.Timeout)
            {
                return (deployment, $"still {deployment.Status} after {options.Timeout.TotalSeconds:0} s (the deploy timeout)");
            }

            await options.Delay(options.PollInterval, cancellationToken);
        }
    }

    private static async Task<string?> VerifyAsync(
        Uri? url,
        Func<Uri, CancellationToken, Task<VerificationResult>> verify,
        CancellationToken cancellationToken)
    {
        if (url is null)
        {
            return "the deployment has no public URL to verify (give the service a domain in Railway)";
        }

        try
        {
            var verdict = await verify(url, cancellationToken);
            return verdict.Passed ? null : $"verification at {url} failed: {verdict.Reason}";
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // An unreachable or broken deployment is a failed verification: it must still be rolled back.
            return $"verification at {url} failed: {exception.Message}";
        }
    }

    private async Task<RailwayDeploymentResult> RollBackAsync(RailwayDeploymentResult rejected, CancellationToken cancellationToken)
    {
        try
        {
            var history = await client.GetPastDeploymentsAsync(options.HistoryDepth, cancellationToken);
            var previous = history
                .Where(deployment => deployment.Id != rejected.DeploymentId && IsRestorable(deployment))
                .MaxBy(deployment => deployment.CreatedAt);
            if (previous is null)
            {
                return NotRestored(rejected, "there is no earlier deployment of this service that Railway can roll back to");
            }

            if (!await client.RollbackAsync(previous.Id, cancellationToken))
            {
                return NotRestored(rejected, $"Railway declined the rollback to {previous.Id}");
            }

            options.Log($"Railway: rolled back to deployment {previous.Id} (created {previous.CreatedAt:u}).");
            return rejected with { RestoredDeploymentId = previous.Id };
        }
        catch (ServiceException exception)
        {
            // The original failure matters most; the rollback's own failure is reported beside it, not instead of it.
            return NotRestored(rejected, $"the rollback failed: {exception.Message}");
        }
    }

    // A new deployment that went live turned the previous one REMOVED; Railway's canRollback says whether it can return.
    private static bool IsRestorable(RailwayDeploymentSummary deployment) =>
        deployment.Status == RailwayDeploymentStatus.Success || deployment.CanRollback;

    private RailwayDeploymentResult NotRestored(RailwayDeploymentResult rejected, string problem)
    {
        options.Log($"Railway: nothing restored: {problem}.");
        return rejected with { RestoreProblem = problem };
    }
}
