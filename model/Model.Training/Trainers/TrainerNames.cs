namespace Mlops.Model.Training.Trainers;

/// <summary>The spec's names of the trainer families (the value of <c>trainer</c> and the name of each family's section).</summary>
public static class TrainerNames
{
    public const string LightGbm = "lightgbm";
    public const string FastTree = "fasttree";
    public const string XGBoost = "xgboost";

    public static IReadOnlyDictionary<string, TrainerFamily> Families { get; } = new Dictionary<string, TrainerFamily>(StringComparer.Ordinal)
    {
        [LightGbm] = TrainerFamily.LightGbm,
        [FastTree] = TrainerFamily.FastTree,
        [XGBoost] = TrainerFamily.XGBoost,
    };

    public static string Of(TrainerFamily family) => family switch
    {
        TrainerFamily.LightGbm => LightGbm,
        TrainerFamily.FastTree => FastTree,
        _ => XGBoost,
    };
}
