using System.Text.Json;
using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;
using Mlops.Model.Training.Reporting;

namespace Mlops.Model.Training.Packaging;

/// <summary>
/// Lays out the files one package version carries: the booster and preprocessing as trained, the model card
/// stamped with the version and the gate's verdict, and the card rendered as the package README.
/// </summary>
public static class ModelPackageStager
{
    public const string ReadmeFile = "README.md";

    public static ModelCard Stage(string trainedModelFolder, string stagingFolder, string version, GateRecord gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var card = ReadCard(Path.Combine(trainedModelFolder, ModelFiles.Card)) with { Version = version, Gate = gate };
        Directory.CreateDirectory(stagingFolder);
        File.Copy(Path.Combine(trainedModelFolder, ModelFiles.Booster), Path.Combine(stagingFolder, ModelFiles.Booster), overwrite: true);
        File.Copy(Path.Combine(trainedModelFolder, ModelFiles.Preprocessing), Path.Combine(stagingFolder, ModelFiles.Preprocessing), overwrite: true);
        File.WriteAllText(Path.Combine(stagingFolder, ModelFiles.Card), JsonSerializer.Serialize(card, ModelJsonContext.Default.ModelCard));
        File.WriteAllText(Path.Combine(stagingFolder, ReadmeFile), ModelCardMarkdown.Render(card));
        return card;
    }

    private static ModelCard ReadCard(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run the Evaluate task first (it writes the model card).", path);
        }

        return JsonSerializer.Deserialize(File.ReadAllText(path), ModelJsonContext.Default.ModelCard)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
