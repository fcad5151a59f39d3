namespace Mlops.Model;

/// <summary>The names of a model version's files, the same in artifacts/model/, in the package and beside the API.</summary>
public static class ModelFiles
{
    public const string Booster = "booster.json";
    public const string Preprocessing = "preprocessing.json";
    public const string Card = "model-card.json";

    public static IReadOnlyList<string> All { get; } = [Booster, Preprocessing, Card];
}
