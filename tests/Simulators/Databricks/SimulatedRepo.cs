namespace Mlops.Simulators.Databricks;

/// <summary>A Git folder as the simulator keeps it; a tag checkout leaves <see cref="Branch"/> null (detached).</summary>
public sealed record SimulatedRepo(long Id, string Path, string Url, string Provider, string? Branch, string HeadCommitId);
