using Cake.Frosting;

namespace Cake.Frosting.Tests.Host;

/// <summary>Colour codes reach a person at a terminal, never a redirected log, and never when NO_COLOR is set.</summary>
public sealed class ColorPolicyConsoleTests
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(true, null, false)]
    [InlineData(false, "1", false)]
    [InlineData(true, "1", false)]
    public void Ansi_codes_only_for_a_terminal_without_NO_COLOR(bool redirected, string? noColor, bool allowed) =>
        Assert.Equal(allowed, ColorPolicyConsole.AllowsAnsi(redirected, noColor));

    [Fact]
    public void A_console_told_not_to_colour_says_it_supports_no_ansi_even_when_cake_would()
    {
        var console = new ColorPolicyConsole(new AnsiConsole(), allowAnsi: false);

        Assert.False(console.SupportAnsiEscapeCodes);
        Assert.True(new ColorPolicyConsole(new AnsiConsole(), allowAnsi: true).SupportAnsiEscapeCodes);
    }

    private sealed class AnsiConsole : Cake.Core.IConsole
    {
        public ConsoleColor ForegroundColor { get; set; }

        public ConsoleColor BackgroundColor { get; set; }

        public bool SupportAnsiEscapeCodes => true;

        public void Write(string format, params object[] arg)
        {
        }

        public void WriteLine(string format, params object[] arg)
        {
        }

        public void WriteError(string format, params object[] arg)
        {
        }

        public void WriteErrorLine(string format, params object[] arg)
        {
        }

        public void ResetColor()
        {
        }
    }
}
