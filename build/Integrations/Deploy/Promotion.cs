namespace Mlops.Build.Integrations.Deploy;

/// <summary>Takes the version verified in one environment to the next; the target runs its tests and rolls itself back on failure.</summary>
public static class Promotion
{
    /// <param name="version">The version to promote when the caller knows it (CI passes what the staging job verified); else the source is asked.</param>
    /// <returns>The version promoted and the target's deploy summary.</returns>
    public static async Task<PromotionResult> RunAsync(IDeployProvider from, IDeployProvider to, string commit, string? version, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(log);
        var promoted = version ?? await from.VerifiedVersionAsync(cancellationToken)
            ?? throw new DeploymentFailedException($"Nothing to promote: no version has passed its tests in {from.Environment} yet. Deploy there first.");
        log($"Promoting {promoted} from {from.Environment} to {to.Environment} ({to.Description}).");
        return new PromotionResult(promoted, await to.DeployAsync(promoted, commit, cancellationToken));
    }
}

/// <summary>What a promotion put live in the target environment, and its deploy summary.</summary>
public sealed record PromotionResult(string Version, string Summary);
