namespace Mlops.Integrations.Tests.Railway.Schema;

/// <summary>
/// Checks a document (and optionally its variable values) against the schema the way a GraphQL server would for the
/// subset we write: fields exist on their parent types, arguments exist and required ones are present, every variable
/// is declared, used, of an input type and compatible with where it is used, leaves have no selections and objects do.
/// </summary>
internal sealed class SchemaValidator(IntrospectionSchema schema)
{
    /// <param name="variablesJson">The variable values sent with the document; null checks the document alone.</param>
    public IReadOnlyList<string> Validate(string document, string? variablesJson = null)
    {
        GraphQlOperation operation;
        try
        {
            operation = GraphQlParser.Parse(document);
        }
        catch (FormatException exception)
        {
            return [exception.Message];
        }

        var errors = new List<string>();
        var rootType = operation.Kind switch
        {
            "query" => schema.QueryType,
            "mutation" => schema.MutationType,
            _ => null,
        };
        if (rootType is null)
        {
            return [$"'{operation.Kind}' is not an operation this client may send (query or mutation)."];
        }

        CheckVariableTypes(operation, errors);
        var used = new HashSet<string>();
        CheckSelections(rootType, operation.Selections, operation, used, errors);
        errors.AddRange(operation.Variables.Keys.Except(used).Select(name => $"${name} is declared but never used."));
        if (variablesJson is not null)
        {
            new VariableValueValidator(schema).Check(operation.Variables, variablesJson, errors);
        }

        return errors;
    }

    private void CheckVariableTypes(GraphQlOperation operation, List<string> errors)
    {
        foreach (var (name, type) in operation.Variables)
        {
            var named = IntrospectionSchema.NamedType(type);
            if (!schema.HasType(named))
            {
                errors.Add($"${name}: type {named} does not exist.");
            }
            else if (schema.Kind(named) is not ("SCALAR" or "ENUM" or "INPUT_OBJECT"))
            {
                errors.Add($"${name}: {named} is not an input type.");
            }
        }
    }

    private void CheckSelections(string parentType, IReadOnlyList<GraphQlField> fields, GraphQlOperation operation, HashSet<string> used, List<string> errors)
    {
        foreach (var field in fields)
        {
            var path = $"{parentType}.{field.Name}";
            if (schema.Field(parentType, field.Name) is not { } definition)
            {
                errors.Add($"{path} does not exist.");
                continue;
            }

            CheckArguments(path, field, definition.Arguments, operation, used, errors);
            var named = IntrospectionSchema.NamedType(definition.Type);
            var isLeaf = schema.Kind(named) is "SCALAR" or "ENUM";
            if (isLeaf && field.Selections.Count > 0)
            {
                errors.Add($"{path} is a {named}, which has no fields to select.");
            }
            else if (!isLeaf && field.Selections.Count == 0)
            {
                errors.Add($"{path} is a {named}: select at least one of its fields.");
            }
            else
            {
                CheckSelections(named, field.Selections, operation, used, errors);
            }
        }
    }

    private static void CheckArguments(
        string path,
        GraphQlField field,
        IReadOnlyDictionary<string, string> definitions,
        GraphQlOperation operation,
        HashSet<string> used,
        List<string> errors)
    {
        foreach (var (argument, variable) in field.Arguments)
        {
            used.Add(variable);
            if (!definitions.TryGetValue(argument, out var argumentType))
            {
                errors.Add($"{path} has no argument '{argument}'.");
            }
            else if (!operation.Variables.TryGetValue(variable, out var variableType))
            {
                errors.Add($"{path}({argument}:) uses ${variable}, which is not declared.");
            }
            else if (!IsCompatible(variableType, argumentType))
            {
                errors.Add($"{path}({argument}:) expects {argumentType}, but ${variable} is {variableType}.");
            }
        }

        errors.AddRange(definitions
            .Where(d => d.Value.EndsWith('!') && !field.Arguments.ContainsKey(d.Key))
            .Select(d => $"{path} requires argument '{d.Key}' ({d.Value})."));
    }

    /// <summary>GraphQL's rule: a variable may be stricter (non-null) than the place it is used, never looser.</summary>
    private static bool IsCompatible(string variableType, string locationType)
    {
        if (locationType.EndsWith('!'))
        {
            return variableType.EndsWith('!') && IsCompatible(variableType[..^1], locationType[..^1]);
        }

        if (variableType.EndsWith('!'))
        {
            return IsCompatible(variableType[..^1], locationType);
        }

        return variableType.StartsWith('[') && locationType.StartsWith('[')
            ? IsCompatible(variableType[1..^1], locationType[1..^1])
            : variableType == locationType;
    }
}
