using System.Globalization;

namespace Mlops.Api.Binding;

/// <summary>What an error may repeat of the client's own text: a short prefix, so a 1 MB name makes no 2 MB answer.</summary>
internal static class Echo
{
    public const int MaxChars = 64;

    public static string Shorten(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }

        // Never cut a surrogate pair in half: the prefix stays valid text.
        var cut = char.IsHighSurrogate(text[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return $"{text[..cut]}… ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";
    }
}
