namespace Mlops.Api.Binding;

/// <summary>The problems found in a request body, by field, for a validation problem response.</summary>
internal sealed class BindingErrors
{
    // A batch of a thousand bad records should not produce a megabyte of errors.
    public const int Limit = 100;

    private readonly List<KeyValuePair<string, string>> _errors = [];

    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (_errors.Count < Limit)
        {
            _errors.Add(KeyValuePair.Create(field, message));
        }
    }

    public Dictionary<string, string[]> ByField() =>
        _errors.GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal);
}
