using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build;

/// <summary>States, once, what is being built and where; on GitHub Actions, first has the runner mask every secret.</summary>
public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Ci.IsGitHubActions)
        {
            // Before any task can print a secret, the runner learns to mask each one in the job's log.
            foreach (var line in context.SecretMaskLines)
            {
                context.Log.Information("{0}", line);
            }
        }

        context.Log.Information(
            "Building version {0} ({1}) in {2}, {3}.",
            context.Version.SemVer,
            context.Version.IsDirty ? $"{context.Version.Commit}, with uncommitted changes" : context.Version.Commit,
            context.BuildConfiguration,
            context.Ci.IsGitHubActions ? "on GitHub Actions" : context.Ci.IsCi ? "on CI" : "locally");
    }

    /// <summary>Closes the run in the history: its outcome and end time, when anything of it was recorded.</summary>
    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        context.History.Finish(info.Successful);
        if (context.History.RunId is { } run)
        {
            context.Log.Information("Run {0} recorded in the run history ({1}).", run, context.History.Location.Describe());
        }

        context.History.Dispose();
    }
}
