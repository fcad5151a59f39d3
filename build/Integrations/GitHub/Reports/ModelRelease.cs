using Mlops.Model.Cards;
using Mlops.Model.ModelCards;
using Mlops.Model.Training.Reporting;

namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>The release of one model version, read from the build's artifacts: the card as notes, the packages as files.</summary>
public sealed record ModelRelease(NewRelease Release, IReadOnlyList<string> Packages)
{
    public static ModelRelease FromArtifacts(string version, string modelCardFile, string packagesFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (!File.Exists(modelCardFile))
        {
            throw new FileNotFoundException($"No model card at {modelCardFile}: run --target=Pack first.", modelCardFile);
        }

        var packages = Directory.Exists(packagesFolder) ? Directory.GetFiles(packagesFolder, "*.nupkg").Order(StringComparer.Ordinal).ToList() : [];
        if (packages.Count == 0)
        {
            throw new FileNotFoundException($"No .nupkg in {packagesFolder}: run --target=Pack first.", packagesFolder);
        }

        var card = ModelJson.Read<ModelCard>(modelCardFile);
        var release = new NewRelease($"v{version}", $"{card.ModelId} {version}", ModelCardMarkdown.Render(card));
        return new ModelRelease(release, packages);
    }
}
