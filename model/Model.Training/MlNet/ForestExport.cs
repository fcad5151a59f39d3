using System.Globalization;
using System.Text.Json;
using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Model.Training.MlNet;

/// <summary>
/// Writes ML.NET trees with their Platt calibrator as the managed forest's JSON (the XGBoost binary:logistic layout
/// that <see cref="Scoring.TreeEnsemble"/> reads). ML.NET computes p = 1 / (1 + exp(slope × Σ leaf + offset)); the
/// forest computes p = sigmoid(base margin + Σ leaf'), so every leaf is scaled by −slope and the base margin is
/// −offset. ML.NET sends <c>x &lt;= t</c> left, the forest <c>x &lt; t'</c>: on float32 values these agree when
/// t' is the next float above t.
/// </summary>
internal static class ForestExport
{
    public static string ToJson(IReadOnlyList<RegressionTree> trees, int featureCount, double slope, double offset)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("learner");
            json.WriteStartObject("learner_model_param");
            json.WriteString("num_feature", featureCount.ToString(CultureInfo.InvariantCulture));
            json.WriteString("base_score", ((float)(1 / (1 + Math.Exp(offset)))).ToString("R", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartObject("objective");
            json.WriteString("name", "binary:logistic");
            json.WriteEndObject();
            json.WriteStartObject("gradient_booster");
            json.WriteString("name", "gbtree");
            json.WriteStartObject("model");
            json.WriteStartArray("trees");
            for (var index = 0; index < trees.Count; index++)
            {
                WriteTree(json, trees[index], index, featureCount, -slope);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Total split gain per feature, as ML.NET's trainers measured it.</summary>
    public static double[] Gain(IReadOnlyList<RegressionTree> trees, int featureCount)
    {
        var gain = new double[featureCount];
        foreach (var tree in trees)
        {
            for (var node = 0; node < tree.NumberOfNodes; node++)
            {
                gain[tree.NumericalSplitFeatureIndexes[node]] += tree.SplitGains[node];
            }
        }

        return gain;
    }

    private static void WriteTree(Utf8JsonWriter json, RegressionTree tree, int index, int featureCount, double scale)
    {
        var nodes = ExportedTree.From(tree, index, featureCount, scale);
        json.WriteStartObject();
        WriteArray(json, "left_children", nodes.Left, value => json.WriteNumberValue(value));
        WriteArray(json, "right_children", nodes.Right, value => json.WriteNumberValue(value));
        WriteArray(json, "split_indices", nodes.Features, value => json.WriteNumberValue(value));
        WriteArray(json, "split_conditions", nodes.Conditions, value => json.WriteNumberValue(value));
        WriteArray(json, "default_left", nodes.DefaultLeft, value => json.WriteNumberValue(value ? 1 : 0));
        WriteArray(json, "loss_changes", nodes.Gains, value => json.WriteNumberValue(value));
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, T[] values, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            write(value);
        }

        json.WriteEndArray();
    }
}
