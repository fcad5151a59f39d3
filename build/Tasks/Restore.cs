using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Restore;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.UpToDate;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Restore))]
[TaskDescription("Restores the NuGet packages of the solution (nothing to do when no source or SDK changed since the last restore)")]
public sealed class Restore : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Inputs.RestoreKey();
        var last = UpToDateCheck.LastRun(context.Paths.RestoreStamp, key, context.Inputs.ProjectFolders(), HasAssets);
        if (context.Inputs.Known && last is not null)
        {
            context.Log.Information("Up to date: no source or SDK changed since {0}.", last.Describe());
            return;
        }

        context.DotNetRestore(context.Paths.Solution, new DotNetRestoreSettings());
        new RunStamp(key, DateTimeOffset.UtcNow, context.Version.Commit, "restored").Write(context.Paths.RestoreStamp);
    }

    private static bool HasAssets(string projectFolder) => File.Exists(Path.Combine(projectFolder, "obj", "project.assets.json"));
}
