namespace Mlops.Api.Contracts;

/// <summary>The answer of /health and /ready: the state and the model version being served.</summary>
public sealed record HealthResponse(string Status, string ModelVersion);
