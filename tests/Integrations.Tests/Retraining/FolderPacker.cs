using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Packaging;
using Mlops.Model;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Packaging;
using NuGet.Packaging;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.Retraining;

/// <summary>Packs like the Pack task (stamped card under model/) with NuGet's PackageBuilder instead of dotnet pack, so a unit test needs no SDK run.</summary>
internal sealed class FolderPacker(string folder) : IModelPacker
{
    public Task<PackedModel> PackAsync(string gatedModelFolder, string version, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(folder, $"staging-{version}");
        var card = ModelPackageStager.Stage(gatedModelFolder, staging, version, GateArtifacts.Read(gatedModelFolder));
        var builder = new PackageBuilder { Id = card.ModelId, Version = NuGetVersion.Parse(version), Description = "A retrained model for tests." };
        builder.Authors.Add("tests");
        foreach (var name in ModelFiles.All)
        {
            builder.Files.Add(new PhysicalPackageFile { SourcePath = Path.Combine(staging, name), TargetPath = $"{ReleasedModel.PackageFolder}/{name}" });
        }

        var path = Path.Combine(folder, $"{card.ModelId}.{version}.nupkg");
        using (var file = File.Create(path))
        {
            builder.Save(file);
        }

        return Task.FromResult(new PackedModel(card, path));
    }
}
