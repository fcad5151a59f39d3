using Cake.Common.IO;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Clean))]
[TaskDescription("Removes artifacts/ (never the local feed .feed/)")]
public sealed class Clean : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.DirectoryExists(context.Paths.Artifacts))
        {
            context.Log.Information("Nothing to clean: {0} does not exist.", context.Paths.Artifacts);
            return;
        }

        context.DeleteDirectory(context.Paths.Artifacts, new DeleteDirectorySettings { Recursive = true, Force = true });
        context.Log.Information("Removed {0}.", context.Paths.Artifacts);
    }
}
