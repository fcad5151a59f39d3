using System.Text;

namespace Mlops.Model.Training.Data.Loading;

/// <summary>Turns UTF-8 bytes into one shared string per distinct value, without allocating for values seen before.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] chars = new char[256];

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => strings.Count;

    public string Intern(ReadOnlySpan<byte> utf8)
    {
        if (chars.Length < utf8.Length)
        {
            chars = new char[utf8.Length * 2];
        }

        var text = chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars));
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var added = text.ToString();
        strings.Add(added, added);
        return added;
    }
}
