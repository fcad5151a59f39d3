using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Pack))]
[TaskDescription("Packs the runtime with the gated model inside as a NuGet package (id from the spec, version from version.txt)")]
[IsDependentOn(typeof(Gate))]
[IsDependentOn(typeof(Test))]
public sealed class Pack : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var packed = new ModelPackager(context, context.Paths, context.Version.Commit, context.RepositoryUrl).Pack(context.Paths.ModelArtifacts, context.Version.SemVer);
        context.Log.Information("Packed {0} {1} (gate: {2}) into {3}.", packed.Card.ModelId, context.Version.SemVer, packed.Card.Gate?.Status, context.Paths.Packages);
    }
}
