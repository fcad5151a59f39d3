namespace Mlops.Build;

/// <summary>Where the model is trained: <c>--training=local</c> (the default, the Train task) or <c>remote</c> (TrainRemote, on Databricks).</summary>
public static class TrainingChoice
{
    public const string Local = "local";
    public const string Remote = "remote";

    /// <summary>True for remote; the value of <c>--training</c>, or null when it was not given.</summary>
    public static bool IsRemote(string? value) => value switch
    {
        null or Local => false,
        Remote => true,
        _ => throw new ArgumentException($"--{ArgumentNames.Training}={value} is not a choice: use {Local} (train here, the default) or {Remote} (train on Databricks)."),
    };
}
