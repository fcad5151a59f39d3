namespace Mlops.Model;

/// <summary>The names of a model version's files, the same in artifacts/model/, in the package and beside the API.</summary>
public static class ModelFiles
{
    public const string Booster = "booster.json";
    public const string Preprocessing = "preprocessing.json";
    public const string Card = "model-card.json";

    /// <summary>The folder inside the NuGet package that holds the model's files as plain files.</summary>
    public const string PackageFolder = "model";

    public static IReadOnlyList<string> All { get; } = [Booster, Preprocessing, Card];
}
