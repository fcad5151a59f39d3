using System.Text.Json;

namespace Mlops.Api.Binding;

/// <summary>
/// Reads the reader's current string or property name: looked up in a string-keyed table without allocating,
/// or decoded. Text that is not valid UTF-8, or that escapes a lone surrogate ("\ud800"), is found in no table
/// and decodes to null: it is the client's error, which <see cref="Utf8JsonReader"/> reports by throwing.
/// </summary>
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

    /// <summary>The current text decoded, or null when it is not valid UTF-8 or holds a lone surrogate.</summary>
    public static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // The raw UTF-8 length bounds the unescaped character count, so a text that fits as bytes fits as chars.
    private static bool TryCopy(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength > buffer.Length)
        {
            return false;
        }

        try
        {
            length = reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
