using Mlops.Model.Training.MlNet;
using static Mlops.Model.Training.Spec.SpecNumbers;

namespace Mlops.Model.Training.Spec;

/// <summary>The <c>lightgbm</c> and <c>fasttree</c> sections: keys use LightGBM's parameter names.</summary>
internal static class MlNetSection
{
    public static MlNetParameters Read(SpecNode? node)
    {
        var defaults = new MlNetParameters();
        if (node is null)
        {
            return defaults;
        }

        var parameters = new MlNetParameters
        {
            Rounds = Positive(node, "rounds") ?? defaults.Rounds,
            EarlyStoppingRounds = Positive(node, "early_stopping_rounds") ?? defaults.EarlyStoppingRounds,
            NumLeaves = AtLeastTwo(node, "num_leaves") ?? defaults.NumLeaves,
            LearningRate = InRange(node, "learning_rate", 0, 1, lowOpen: true) ?? defaults.LearningRate,
            MinDataInLeaf = Positive(node, "min_data_in_leaf") ?? defaults.MinDataInLeaf,
            FeatureFraction = InRange(node, "feature_fraction", 0, 1, lowOpen: true) ?? defaults.FeatureFraction,
            Seed = node.Integer("seed") ?? defaults.Seed,
            NThread = NotNegative(node, "nthread") ?? defaults.NThread,
        };
        node.RejectUnknownKeys();
        return parameters;
    }

    private static int? AtLeastTwo(SpecNode node, string name)
    {
        var value = node.Integer(name);
        return value is null or >= 2 ? value : throw node.Error(node.Child(name), $"expected at least 2 leaves but found {value}");
    }
}
