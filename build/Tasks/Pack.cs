using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Common.Tools.DotNet.Pack;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Packaging;

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
        var paths = context.Paths;
        var card = ModelPackageStager.Stage(paths.ModelArtifacts, paths.PackageStaging, context.Version.SemVer, GateArtifacts.Read(paths.ModelArtifacts));
        // Compiled apart from the ordinary build so the packed assembly never replaces the one the API and tests use.
        context.DotNetPack(paths.ModelProject, new DotNetPackSettings
        {
            Configuration = "Release",
            OutputDirectory = paths.Packages,
            MSBuildSettings = new DotNetMSBuildSettings()
                .SetVersion(context.Version.SemVer)
                .SetInformationalVersion(context.Version.InformationalVersion)
                .WithProperty("PackageId", card.ModelId)
                .WithProperty("ModelArtifacts", paths.PackageStaging)
                .WithProperty("RepositoryUrl", context.RepositoryUrl ?? string.Empty)
                .WithProperty("RepositoryCommit", context.Version.Commit)
                .WithProperty("ContinuousIntegrationBuild", "true")
                .WithProperty("OutputPath", paths.PackageBuild + "/bin/")
                .WithProperty("IntermediateOutputPath", paths.PackageBuild + "/obj/"),
        });
        context.Log.Information("Packed {0} {1} (gate: {2}) into {3}.", card.ModelId, context.Version.SemVer, card.Gate?.Status, paths.Packages);
    }
}
