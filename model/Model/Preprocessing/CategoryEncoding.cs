namespace Mlops.Model.Preprocessing;

/// <summary>
/// The one-hot encoding of one categorical column, fitted on the training split: the kept categories
/// (the top K by frequency) in slot order, then one slot for every other category, seen or not.
/// </summary>
public sealed class CategoryEncoding
{
    public const string OtherSlot = "other";

    private readonly Dictionary<string, int> _slots;

    public CategoryEncoding(string column, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Column = column;
        Categories = categories;
        _slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            if (!_slots.TryAdd(categories[i], i))
            {
                throw new ArgumentException($"The encoding of '{column}' lists the category '{categories[i]}' twice.", nameof(categories));
            }
        }
    }

    public string Column { get; }

    public IReadOnlyList<string> Categories { get; }

    /// <summary>The kept categories plus the "other" slot.</summary>
    public int Width => Categories.Count + 1;

    /// <summary>The slot of a category; anything not kept at fitting time goes to "other".</summary>
    public int SlotOf(string category) => _slots.TryGetValue(category, out var slot) ? slot : Categories.Count;

    public IEnumerable<string> SlotNames() => Categories.Select(c => $"{Column}={c}").Append($"{Column}={OtherSlot}");
}
