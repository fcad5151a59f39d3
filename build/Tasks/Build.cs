using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.UpToDate;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Build))]
[TaskDescription("Compiles the solution with the build's version stamped in (nothing to do when no source, SDK or version changed)")]
[IsDependentOn(typeof(Restore))]
public sealed class Build : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Inputs.BuildKey(context.BuildConfiguration, context.Version.SemVer, context.Version.InformationalVersion);
        var last = UpToDateCheck.LastRun(context.Paths.BuildStamp, key, context.Inputs.ProjectFolders(), HasOutput(context.BuildConfiguration));
        if (context.Inputs.Known && last is not null)
        {
            // MSBuild's own up-to-date check would compile nothing too, but it takes half a minute to say so.
            context.Log.Information("Up to date: no source, SDK or version changed since {0}.", last.Describe());
            return;
        }

        context.DotNetBuild(context.Paths.Solution, new DotNetBuildSettings
        {
            Configuration = context.BuildConfiguration,
            NoRestore = true,
            MSBuildSettings = new DotNetMSBuildSettings()
                .SetVersion(context.Version.SemVer)
                .SetInformationalVersion(context.Version.InformationalVersion),
        });
        new RunStamp(key, DateTimeOffset.UtcNow, context.Version.Commit, "compiled").Write(context.Paths.BuildStamp);
    }

    private static Func<string, bool> HasOutput(string configuration) =>
        projectFolder => Directory.Exists(Path.Combine(projectFolder, "bin", configuration));
}
