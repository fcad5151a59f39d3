namespace Mlops.Model.Training.XGBoost;

/// <summary>The booster parameters the spec declares; names follow XGBoost's own (eta, lambda, alpha, …).</summary>
public sealed record XGBoostParameters
{
    public int Rounds { get; init; } = 400;

    public int EarlyStoppingRounds { get; init; } = 30;

    public int MaxDepth { get; init; } = 6;

    public double Eta { get; init; } = 0.1;

    public double MinChildWeight { get; init; } = 1;

    public double Subsample { get; init; } = 0.9;

    public double ColsampleBytree { get; init; } = 0.9;

    public double Lambda { get; init; } = 1;

    public double Alpha { get; init; }

    public double ScalePosWeight { get; init; } = 1;

    public int Seed { get; init; } = 42;

    /// <summary>Threads for training; 0 lets XGBoost use every core.</summary>
    public int NThread { get; init; }
}
