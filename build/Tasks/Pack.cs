using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.UpToDate;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Pack))]
[TaskDescription("Packs the runtime with the gated model inside as a NuGet package (id from the spec, version from version.txt); nothing to do when neither changed")]
[IsDependentOn(typeof(Gate))]
[IsDependentOn(typeof(Test))]
public sealed class Pack : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var version = context.Version.SemVer;
        var packager = new ModelPackager(context, context.Paths, context.Version.Commit, context.RepositoryUrl);
        var card = packager.Stage(context.Paths.ModelArtifacts, version);
        var key = context.Inputs.Known
            ? StepInputs.PackKey(context.Inputs.RestoreKey(), context.Paths.PackageStaging, version, context.Version.InformationalVersion, context.RepositoryUrl)
            : null;
        var unchanged = packager.Packed(card, version);
        if (key is not null && RunStamp.Read(context.Paths.PackStamp) is { } last && last.Key == key && File.Exists(unchanged.PackagePath))
        {
            // dotnet pack compiles the runtime apart from the normal build, which takes seconds to produce the same bytes.
            context.Log.Information("Up to date: {0} holds the same model, runtime and version, packed by {1}.", unchanged.PackagePath, last.Describe());
            return;
        }

        var packed = packager.PackStaged(card, version);
        if (key is not null)
        {
            new RunStamp(key, DateTimeOffset.UtcNow, context.Version.Commit, "packed").Write(context.Paths.PackStamp);
        }

        context.Log.Information("Packed {0} {1} (gate: {2}) into {3}.", packed.Card.ModelId, version, packed.Card.Gate?.Status, context.Paths.Packages);
    }
}
