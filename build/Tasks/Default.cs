using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Default))]
[TaskDescription("Lists the targets with their descriptions and an example command")]
public sealed class Default : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Log.Information("Targets (./build.sh --description lists the same; --tree shows a target's dependencies):");
        context.Log.Information("{0}", Targets.Describe());
        context.Log.Information("Example: ./build.sh --target=Release");
    }
}
