using System.Globalization;
using System.Text.Json;

namespace Mlops.Model.Scoring;

/// <summary>Reads required JSON fields, naming the full field path when one is absent or of the wrong type.</summary>
internal readonly record struct JsonField(JsonElement Element, string Path)
{
    public JsonField this[string name] =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var child)
            ? new JsonField(child, $"{Path}.{name}")
            : throw new ModelFormatException($"The model has no field {Path}.{name}.");

    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public string GetString() =>
        Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw WrongType("a string");

    /// <summary>XGBoost writes its model parameters (base_score, num_feature) as strings holding numbers.</summary>
    public float GetNumberInString() =>
        float.TryParse(GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw WrongType("a string holding a number");

    public JsonElement.ArrayEnumerator GetArray() =>
        Element.ValueKind == JsonValueKind.Array ? Element.EnumerateArray() : throw WrongType("an array");

    public int[] GetInt32Array() => ReadArray(element => element.GetInt32(), "integers");

    public float[] GetSingleArray() => ReadArray(element => element.GetSingle(), "numbers");

    /// <summary>XGBoost 1.x writes default_left as 0/1; other writers use true/false.</summary>
    public bool[] GetFlagArray() =>
        ReadArray(element => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : element.GetInt32() != 0, "flags");

    private T[] ReadArray<T>(Func<JsonElement, T> read, string what)
    {
        var values = new T[Element.ValueKind == JsonValueKind.Array ? Element.GetArrayLength() : 0];
        var index = 0;
        foreach (var item in GetArray())
        {
            try
            {
                values[index++] = read(item);
            }
            catch (Exception error) when (error is FormatException or InvalidOperationException)
            {
                throw new ModelFormatException($"{Path}[{index - 1}] is {item.GetRawText()}, but {Path} must hold {what}.", error);
            }
        }

        return values;
    }

    private ModelFormatException WrongType(string expected) =>
        new($"The model field {Path} is {Element.ValueKind.ToString().ToLowerInvariant()} {Element.GetRawText()}, expected {expected}.");
}
