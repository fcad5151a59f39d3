namespace Mlops.Model.Training.Pipeline;

/// <summary>training.json: what Train decided, read by Evaluate and by the next Train to see whether anything changed.</summary>
public sealed record TrainingRun
{
    public required string Fingerprint { get; init; }

    /// <summary>The trainer family (the spec's <c>trainer</c> name) that grew the trees.</summary>
    public required string Trainer { get; init; }

    /// <summary>When the forest was trained: the card's creation time, so re-evaluating the same model changes nothing.</summary>
    public required DateTimeOffset TrainedAt { get; init; }

    public required double Threshold { get; init; }

    public required string ThresholdStrategy { get; init; }

    public required int BestIteration { get; init; }

    public required int TreeCount { get; init; }

    /// <summary>Validation log loss after each round; empty for a remote run, whose job does not report its curve.</summary>
    public required IReadOnlyList<double> ValidationLogLoss { get; init; }

    /// <summary>Gain per encoded feature, in the preprocessing's feature order.</summary>
    public required IReadOnlyList<double> FeatureGain { get; init; }

    public required int TrainRows { get; init; }

    public required int ValidationRows { get; init; }

    public required int TestRows { get; init; }

    /// <summary>The remote run that trained the booster (TrainRemote); null when Train trained it here.</summary>
    public Cards.RemoteRun? Remote { get; init; }
}
