using System.Text.Json;
using Mlops.Model.ModelCards;
using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Monitoring.Sources;

/// <summary>
/// What monitoring compares a batch with, read from model-card.json: the training profile (<c>referenceProfile</c>)
/// and, when the pipeline stored it, the histogram of the test split's probabilities (<c>referenceProbabilities</c>:
/// <c>{"edges": [...], "counts": [...]}</c>, bins as in the profile).
/// </summary>
public sealed record ModelReference(DataProfile Profile, Histogram? Probabilities)
{
    public const string ProbabilitiesProperty = "referenceProbabilities";
    private const string ProfileProperty = "referenceProfile";

    public static ModelReference Read(string cardPath)
    {
        using var card = JsonDocument.Parse(File.ReadAllText(cardPath));
        var root = card.RootElement;
        if (!root.TryGetProperty(ProfileProperty, out var profile) || profile.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{cardPath} has no {ProfileProperty}: monitoring needs the training profile; retrain with the current pipeline.");
        }

        var histogram = root.TryGetProperty(ProbabilitiesProperty, out var probabilities) && probabilities.ValueKind == JsonValueKind.Object
            ? probabilities.Deserialize<Histogram>(ModelJson.Options)
            : null;
        return new ModelReference(
            profile.Deserialize<DataProfile>(ModelJson.Options) ?? throw new InvalidDataException($"{cardPath}: {ProfileProperty} is null."),
            histogram);
    }
}
