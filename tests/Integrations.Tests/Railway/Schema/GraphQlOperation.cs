namespace Mlops.Integrations.Tests.Railway.Schema;

/// <summary>One parsed operation: query or mutation, its declared variables (name → type text) and its fields.</summary>
internal sealed record GraphQlOperation(string Kind, string? Name, IReadOnlyDictionary<string, string> Variables, IReadOnlyList<GraphQlField> Selections);

/// <summary>A selected field, its arguments (argument → variable name) and its own selections.</summary>
internal sealed record GraphQlField(string Name, IReadOnlyDictionary<string, string> Arguments, IReadOnlyList<GraphQlField> Selections);
