using System.Text.Json;

namespace Mlops.Api.Binding;

/// <summary>Looks up the reader's current string or property name in a string-keyed table without allocating a string.</summary>
internal static class JsonText
{
    // Names and categories are short; a longer text is simply not found in the table.
    private const int MaxStackChars = 256;

    public static bool TryLookup<TValue>(ref Utf8JsonReader reader, Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> table, out TValue value)
    {
        Span<char> buffer = stackalloc char[MaxStackChars];
        if (TryCopy(ref reader, buffer, out var length))
        {
            return table.TryGetValue(buffer[..length], out value!);
        }

        value = default!;
        return false;
    }

    public static bool TryLookup(ref Utf8JsonReader reader, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> table, out string value)
    {
        Span<char> buffer = stackalloc char[MaxStackChars];
        if (TryCopy(ref reader, buffer, out var length))
        {
            return table.TryGetValue(buffer[..length], out value!);
        }

        value = string.Empty;
        return false;
    }

    // The raw UTF-8 length bounds the unescaped character count, so a text that fits as bytes fits as chars.
    private static bool TryCopy(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        length = rawLength <= buffer.Length ? reader.CopyString(buffer) : 0;
        return rawLength <= buffer.Length;
    }
}
