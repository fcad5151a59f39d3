using Mlops.Model.Cards;
using System.Text.Json;
using Mlops.Model;
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

        var card = JsonSerializer.Deserialize(File.ReadAllText(modelCardFile), ModelJsonContext.Default.ModelCard)
            ?? throw new InvalidDataException($"{modelCardFile} holds no model card.");
        // Only this version's package: a local packages folder may still hold earlier versions.
        var package = Path.Combine(packagesFolder, $"{card.ModelId}.{version}.nupkg");
        if (!File.Exists(package))
        {
            throw new FileNotFoundException($"No {Path.GetFileName(package)} in {packagesFolder}: run --target=Pack first.", package);
        }

        var release = new NewRelease($"v{version}", $"{card.ModelId} {version}", ModelCardMarkdown.Render(card));
        return new ModelRelease(release, [package]);
    }
}
