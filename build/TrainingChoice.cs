namespace Mlops.Build;

/// <summary>
/// Where the model is trained: <c>--training=local</c> (the Train task) or <c>remote</c> (TrainRemote, on Databricks).
/// Without the argument, training is remote only when TrainRemote itself is the target.
/// </summary>
public static class TrainingChoice
{
    public const string Local = "local";
    public const string Remote = "remote";

    /// <summary>True for remote, from the value of <c>--training</c> (null when not given) and the build's target.</summary>
    public static bool IsRemote(string? value, string target) => value switch
    {
        null => string.Equals(target, nameof(Tasks.TrainRemote), StringComparison.OrdinalIgnoreCase),
        Local => false,
        Remote => true,
        _ => throw new ArgumentException($"--{ArgumentNames.Training}={value} is not a choice: use {Local} (train here, the default) or {Remote} (train on Databricks)."),
    };
}
