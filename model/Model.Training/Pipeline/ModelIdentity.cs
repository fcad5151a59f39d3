namespace Mlops.Model.Training.Pipeline;

/// <summary>What the build knows about this model version: its version and the commit it was built from.</summary>
public sealed record ModelIdentity(string Version, string GitCommit);
