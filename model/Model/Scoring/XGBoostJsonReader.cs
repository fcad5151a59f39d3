using System.Text.Json;

namespace Mlops.Model.Scoring;

/// <summary>Reads XGBoost's JSON model format (binary:logistic gbtree) into a <see cref="TreeEnsemble"/>.</summary>
internal static class XGBoostJsonReader
{
    private const string SupportedObjective = "binary:logistic";

    public static TreeEnsemble Read(JsonDocument document)
    {
        var learner = new JsonField(document.RootElement, "$")["learner"];
        RequireSupported(learner);
        var modelParameters = learner["learner_model_param"];
        var featureCount = (int)modelParameters["num_feature"].GetNumberInString();
        var baseScore = modelParameters["base_score"].GetNumberInString();
        if (!(baseScore > 0 && baseScore < 1))
        {
            throw new ModelFormatException($"{modelParameters.Path}.base_score is {baseScore}; a probability strictly between 0 and 1 is needed.");
        }

        var builder = new ForestBuilder(featureCount);
        var trees = learner["gradient_booster"]["model"]["trees"];
        var index = 0;
        foreach (var tree in trees.GetArray())
        {
            var path = $"{trees.Path}[{index++}]";
            builder.Add(ReadTree(new JsonField(tree, path)), path);
        }

        return new TreeEnsemble(builder.Build(), Logit(baseScore), featureCount);
    }

    private static void RequireSupported(JsonField learner)
    {
        var objective = learner["objective"]["name"];
        if (objective.GetString() != SupportedObjective)
        {
            throw new ModelFormatException(
                $"{objective.Path} is '{objective.GetString()}'; only '{SupportedObjective}' models can be scored.");
        }

        var booster = learner["gradient_booster"]["name"];
        if (booster.GetString() != "gbtree")
        {
            throw new ModelFormatException(
                $"{booster.Path} is '{booster.GetString()}'; only 'gbtree' boosters can be scored (not gblinear or dart).");
        }
    }

    private static XGBoostTree ReadTree(JsonField tree)
    {
        var result = new XGBoostTree(
            tree["left_children"].GetInt32Array(),
            tree["right_children"].GetInt32Array(),
            tree["split_indices"].GetInt32Array(),
            tree["split_conditions"].GetSingleArray(),
            tree["default_left"].GetFlagArray());
        RequireSameLengths(tree, result);
        RequireNumericalSplits(tree);
        return result;
    }

    private static void RequireSameLengths(JsonField field, XGBoostTree tree)
    {
        int[] lengths = [tree.RightChildren.Length, tree.SplitIndices.Length, tree.SplitConditions.Length, tree.DefaultLeft.Length];
        if (tree.NodeCount == 0 || lengths.Any(length => length != tree.NodeCount))
        {
            throw new ModelFormatException(
                $"{field.Path}: left_children, right_children, split_indices, split_conditions and default_left "
                + $"must have the same, non-zero length (got {tree.NodeCount}, {string.Join(", ", lengths)}).");
        }
    }

    private static void RequireNumericalSplits(JsonField tree)
    {
        if (tree.Has("split_type") && tree["split_type"].GetInt32Array().Any(type => type != 0))
        {
            throw new ModelFormatException($"{tree.Path}.split_type has categorical splits, which this scorer does not support.");
        }
    }

    /// <summary>XGBoost's ProbToMargin for logistic objectives, in float as XGBoost computes it.</summary>
    private static float Logit(float probability) => -MathF.Log((1f / probability) - 1f);
}
