using System.Text.Json;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Total gain per feature read from XGBoost's JSON model: the loss change of every split, summed by the feature it
/// splits on. It is what XGBoost reports as "total_gain", for a booster trained elsewhere (the Databricks job).
/// </summary>
public static class BoosterGain
{
    public static double[] Total(string boosterJson, int featureCount)
    {
        using var document = JsonDocument.Parse(boosterJson);
        var gain = new double[featureCount];
        var trees = document.RootElement.GetProperty("learner").GetProperty("gradient_booster").GetProperty("model").GetProperty("trees");
        foreach (var tree in trees.EnumerateArray())
        {
            var leftChildren = tree.GetProperty("left_children");
            var features = tree.GetProperty("split_indices");
            var lossChanges = tree.GetProperty("loss_changes");
            for (var node = 0; node < leftChildren.GetArrayLength(); node++)
            {
                // A leaf (no left child) splits nothing; its loss change is not a gain.
                if (leftChildren[node].GetInt32() >= 0)
                {
                    gain[features[node].GetInt32()] += lossChanges[node].GetDouble();
                }
            }
        }

        return gain;
    }
}
