using Mlops.Model;

namespace Mlops.Api.Contracts;

/// <summary>The answer for one record: the positive class's probability, the label at the threshold, and which model said so.</summary>
public sealed record PredictionResponse(float Probability, bool Label, double Threshold, string ModelVersion)
{
    public static PredictionResponse From(Prediction prediction, string modelVersion) =>
        new(prediction.Probability, prediction.Label, prediction.Threshold, modelVersion);
}
