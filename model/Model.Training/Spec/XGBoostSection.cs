using Mlops.Model.Training.XGBoost;
using static Mlops.Model.Training.Spec.SpecNumbers;

namespace Mlops.Model.Training.Spec;

/// <summary>The <c>xgboost</c> section: keys use XGBoost's own parameter names.</summary>
internal static class XGBoostSection
{
    public static XGBoostParameters Read(SpecNode? node)
    {
        var defaults = new XGBoostParameters();
        if (node is null)
        {
            return defaults;
        }

        var parameters = new XGBoostParameters
        {
            Rounds = Positive(node, "rounds") ?? defaults.Rounds,
            EarlyStoppingRounds = Positive(node, "early_stopping_rounds") ?? defaults.EarlyStoppingRounds,
            MaxDepth = Positive(node, "max_depth") ?? defaults.MaxDepth,
            Eta = InRange(node, "eta", 0, 1, lowOpen: true) ?? defaults.Eta,
            MinChildWeight = InRange(node, "min_child_weight", 0, double.MaxValue) ?? defaults.MinChildWeight,
            Subsample = InRange(node, "subsample", 0, 1, lowOpen: true) ?? defaults.Subsample,
            ColsampleBytree = InRange(node, "colsample_bytree", 0, 1, lowOpen: true) ?? defaults.ColsampleBytree,
            Lambda = InRange(node, "lambda", 0, double.MaxValue) ?? defaults.Lambda,
            Alpha = InRange(node, "alpha", 0, double.MaxValue) ?? defaults.Alpha,
            ScalePosWeight = InRange(node, "scale_pos_weight", 0, double.MaxValue, lowOpen: true) ?? defaults.ScalePosWeight,
            Seed = node.Integer("seed") ?? defaults.Seed,
            NThread = NotNegative(node, "nthread") ?? defaults.NThread,
        };
        node.RejectUnknownKeys();
        return parameters;
    }
}
