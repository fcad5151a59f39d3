using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Build))]
[TaskDescription("Compiles the solution with the build's version stamped in")]
[IsDependentOn(typeof(Restore))]
public sealed class Build : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.DotNetBuild(context.Paths.Solution, new DotNetBuildSettings
        {
            Configuration = context.BuildConfiguration,
            NoRestore = true,
            MSBuildSettings = new DotNetMSBuildSettings()
                .SetVersion(context.Version.SemVer)
                .SetInformationalVersion(context.Version.InformationalVersion),
        });
    }
}
