namespace Mlops.Model.Training.Pipeline;

/// <summary>What the build knows about this model version: its version, commit and when it was made.</summary>
public sealed record ModelIdentity(string Version, string GitCommit, DateTimeOffset CreatedAt);
