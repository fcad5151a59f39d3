using System.Globalization;

namespace Mlops.Model.Training.XGBoost;

/// <summary>Maps <see cref="XGBoostParameters"/> onto XGBoost's parameter names for a binary classifier.</summary>
internal static class XGBoostParameterMap
{
    public static IReadOnlyList<KeyValuePair<string, string>> ToNative(XGBoostParameters parameters) =>
    [
        new("objective", "binary:logistic"),
        new("tree_method", "hist"),
        new("eval_metric", "logloss"),
        new("eta", Format(parameters.Eta)),
        new("max_depth", Format(parameters.MaxDepth)),
        new("min_child_weight", Format(parameters.MinChildWeight)),
        new("subsample", Format(parameters.Subsample)),
        new("colsample_bytree", Format(parameters.ColsampleBytree)),
        new("lambda", Format(parameters.Lambda)),
        new("alpha", Format(parameters.Alpha)),
        new("scale_pos_weight", Format(parameters.ScalePosWeight)),
        new("seed", Format(parameters.Seed)),
        new("nthread", Format(parameters.NThread)),
    ];

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
