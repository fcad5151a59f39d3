namespace Mlops.Model.Training.Trainers;

/// <summary>The library and algorithm that grows the trees; every family's model is scored by the same managed forest.</summary>
public enum TrainerFamily
{
    /// <summary>ML.NET's LightGbm binary trainer (LightGBM's native library inside the Microsoft.ML.LightGbm package).</summary>
    LightGbm,

    /// <summary>ML.NET's FastTree binary trainer (managed code).</summary>
    FastTree,

    /// <summary>XGBoost's C library (<c>libxgboost0</c>), <c>hist</c> trees; the family the Databricks job trains.</summary>
    XGBoost,
}
