using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Common.Tools.DotNet.Pack;
using Cake.Core;
using Mlops.Build.Integrations.Packaging;
using Mlops.Model.Cards;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Packaging;

namespace Mlops.Build;

/// <summary>
/// Packs a gated model folder as the model's NuGet package: stages the files with the version and the gate's verdict,
/// then packs the runtime around them. The Pack task and Monitor's retraining both pack through here.
/// </summary>
public sealed class ModelPackager(ICakeContext cake, BuildPaths paths, string commit, string? repositoryUrl) : IModelPacker
{
    public PackedModel Pack(string gatedModelFolder, string version) => PackStaged(Stage(gatedModelFolder, version), version);

    /// <summary>Writes the package's model files (the card stamped with the version and the gate's verdict) to the staging folder.</summary>
    public ModelCard Stage(string gatedModelFolder, string version) =>
        ModelPackageStager.Stage(gatedModelFolder, paths.PackageStaging, version, GateArtifacts.Read(gatedModelFolder));

    /// <summary>Packs the runtime around the staged files.</summary>
    public PackedModel PackStaged(ModelCard card, string version)
    {
        ArgumentNullException.ThrowIfNull(card);
        cake.DotNetPack(paths.ModelProject, Settings(card.ModelId, version));
        return Packed(card, version);
    }

    /// <summary>The package this packager writes for the card and version.</summary>
    public PackedModel Packed(ModelCard card, string version)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new PackedModel(card, Path.Combine(paths.Packages, $"{card.ModelId}.{version}.nupkg"));
    }

    public Task<PackedModel> PackAsync(string gatedModelFolder, string version, CancellationToken cancellationToken) =>
        Task.FromResult(Pack(gatedModelFolder, version));

    // Compiled apart from the ordinary build so the packed assembly never replaces the one the API and tests use.
    private DotNetPackSettings Settings(string packageId, string version) => new()
    {
        Configuration = "Release",
        OutputDirectory = paths.Packages,
        MSBuildSettings = new DotNetMSBuildSettings()
            .SetVersion(version)
            .SetInformationalVersion($"{version}+{commit}")
            .WithProperty("PackageId", packageId)
            .WithProperty("ModelArtifacts", paths.PackageStaging)
            .WithProperty("RepositoryUrl", repositoryUrl ?? string.Empty)
            .WithProperty("RepositoryCommit", commit)
            .WithProperty("ContinuousIntegrationBuild", "true")
            .WithProperty("OutputPath", paths.PackageBuild + "/bin/")
            .WithProperty("IntermediateOutputPath", paths.PackageBuild + "/obj/"),
    };
}
