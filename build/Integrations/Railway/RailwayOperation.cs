namespace Mlops.Build.Integrations.Railway;

/// <summary>One GraphQL document the client sends, named by its root field so errors can say which call failed.</summary>
public sealed record RailwayOperation(string RootField, string Document);
