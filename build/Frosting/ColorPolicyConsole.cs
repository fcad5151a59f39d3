using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Cake's console, with colour codes only for a person at a terminal: Cake decides from TERM alone, so a log
/// redirected to a file or a pipe would carry ANSI escapes. NO_COLOR (https://no-color.org) turns them off everywhere.
/// </summary>
public sealed class ColorPolicyConsole(IConsole inner, bool allowAnsi) : IConsole
{
    public ConsoleColor ForegroundColor
    {
        get => inner.ForegroundColor;
        set => inner.ForegroundColor = value;
    }

    public ConsoleColor BackgroundColor
    {
        get => inner.BackgroundColor;
        set => inner.BackgroundColor = value;
    }

    public bool SupportAnsiEscapeCodes => allowAnsi && inner.SupportAnsiEscapeCodes;

    /// <summary>Colour codes go out only to a terminal, and never when NO_COLOR is set to anything but the empty string.</summary>
    public static bool AllowsAnsi(bool outputIsRedirected, string? noColor) => !outputIsRedirected && string.IsNullOrEmpty(noColor);

    public void Write(string format, params object[] arg) => inner.Write(format, arg);

    public void WriteLine(string format, params object[] arg) => inner.WriteLine(format, arg);

    public void WriteError(string format, params object[] arg) => inner.WriteError(format, arg);

    public void WriteErrorLine(string format, params object[] arg) => inner.WriteErrorLine(format, arg);

    public void ResetColor() => inner.ResetColor();
}
