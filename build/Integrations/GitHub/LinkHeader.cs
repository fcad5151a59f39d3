using System.Text.RegularExpressions;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>Reads GitHub's pagination header: Link: &lt;https://…?page=2&gt;; rel="next", &lt;…&gt;; rel="last".</summary>
public static partial class LinkHeader
{
    public static Uri? Next(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        return values.SelectMany(value => LinkPattern().Matches(value))
            .Where(match => match.Groups["rel"].Value == "next")
            .Select(match => new Uri(match.Groups["url"].Value, UriKind.Absolute))
            .FirstOrDefault();
    }

    [GeneratedRegex("<(?<url>[^>]+)>\\s*;\\s*rel=\"(?<rel>[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
