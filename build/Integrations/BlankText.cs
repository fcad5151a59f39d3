namespace Mlops.Build.Integrations;

/// <summary>The one rule for an optional setting or field: empty or white space means not given.</summary>
public static class BlankText
{
    public static string? NullIfBlank(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
