namespace Mlops.Model.Cards;

/// <summary>The run on another platform that trained the model (a Databricks job run): where to look for its logs.</summary>
public sealed record RemoteRun(string Service, long JobId, long RunId, string? RunPageUrl);
