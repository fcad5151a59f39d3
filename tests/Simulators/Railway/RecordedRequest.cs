namespace Mlops.Simulators.Railway;

/// <summary>One GraphQL request as the simulator received it, so tests can check headers and documents.</summary>
public sealed record RecordedRequest(string Query, string VariablesJson, string RootField, string? ProjectAccessToken, string? Authorization);
