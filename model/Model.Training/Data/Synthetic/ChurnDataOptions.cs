namespace Mlops.Model.Training.Data.Synthetic;

/// <summary>What to generate: how many rows from which seed, and an optional shift away from the reference distribution.</summary>
public sealed record ChurnDataOptions
{
    public const int DefaultRows = 24_000;

    public const int DefaultSeed = 20_240_601;

    public int Rows { get; init; } = DefaultRows;

    public int Seed { get; init; } = DefaultSeed;

    public ChurnShift Shift { get; init; } = ChurnShift.None;

    /// <summary>
    /// Starts every customer_id (then a 7-digit number). The spec splits by customer_id, so a batch that may be
    /// trained on beside the main data (Monitor --retrain) needs ids of its own: "C" is the main data's.
    /// </summary>
    public string CustomerIdPrefix { get; init; } = "C";
}
