using System.Globalization;
using System.Text.RegularExpressions;

namespace Mlops.Build;

/// <summary>Which pull request a build is for: PULL_REQUEST_NUMBER (the workflow sets it), else GITHUB_REF refs/pull/N/merge.</summary>
public static partial class PullRequestNumber
{
    /// <summary>The number, or null when the build is not for a pull request.</summary>
    public static int? From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable(EnvironmentNames.PullRequestNumber) is { Length: > 0 } text)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new InvalidOperationException(
                    $"{EnvironmentNames.PullRequestNumber} is '{text}'; expected the pull request's number, e.g. 42.");
        }

        var match = PullRef().Match(variable(EnvironmentNames.GitHubRef) ?? string.Empty);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^refs/pull/([1-9]\d{0,8})/(merge|head)$")]
    private static partial Regex PullRef();
}
