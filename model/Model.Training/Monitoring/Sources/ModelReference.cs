using Mlops.Model.Cards;
using Mlops.Model.Profiles;

namespace Mlops.Model.Training.Monitoring.Sources;

/// <summary>
/// What monitoring compares a batch with, from the model card: the training profile and, when the card has it, the
/// histogram of the test split's probabilities (without it the prediction-drift check is skipped, saying why).
/// </summary>
public sealed record ModelReference(DataProfile Profile, Histogram? Probabilities)
{
    public static ModelReference From(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var profile = card.ReferenceProfile
            ?? throw new InvalidDataException($"The model card of {card.ModelId} {card.Version} has no referenceProfile: monitoring needs the training profile; retrain with the current pipeline.");
        return new ModelReference(profile, card.ReferencePredictions);
    }
}
