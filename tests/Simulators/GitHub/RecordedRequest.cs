namespace Mlops.Simulators.GitHub;

/// <summary>One request as the simulator received it, for tests that check what a client sends.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);
