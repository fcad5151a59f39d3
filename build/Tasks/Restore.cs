using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Restore;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Restore))]
[TaskDescription("Restores the NuGet packages of the solution")]
public sealed class Restore : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.DotNetRestore(context.Paths.Solution, new DotNetRestoreSettings());
    }
}
