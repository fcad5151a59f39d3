using System.Text.RegularExpressions;

namespace Mlops.Simulators.GitHub;

/// <summary>
/// The part of GitHub's issue search syntax the project uses: repo:o/r, is:issue|pr|open|closed, state:, label:x
/// (repeatable, all must match), and free or "quoted" text matched in the title and body, or only the body with in:body.
/// </summary>
public sealed partial record SearchQuery(string? Repository, bool? PullRequests, string? State, IReadOnlyList<string> Labels, IReadOnlyList<string> Texts, bool BodyOnly)
{
    public static SearchQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? repository = null, state = null;
        bool? pullRequests = null;
        var bodyOnly = false;
        var labels = new List<string>();
        var texts = new List<string>();
        foreach (Match token in TokenPattern().Matches(query))
        {
            var text = token.Groups["quoted"].Success ? token.Groups["quoted"].Value : token.Value;
            switch (token.Groups["quoted"].Success ? string.Empty : text.ToLowerInvariant())
            {
                case var t when t.StartsWith("repo:", StringComparison.Ordinal): repository = text[5..]; break;
                case "is:issue": pullRequests = false; break;
                case "is:pr": pullRequests = true; break;
                case "is:open" or "state:open": state = "open"; break;
                case "is:closed" or "state:closed": state = "closed"; break;
                case var t when t.StartsWith("label:", StringComparison.Ordinal): labels.Add(text[6..].Trim('"')); break;
                case "in:body": bodyOnly = true; break;
                default: texts.Add(text); break;
            }
        }

        return new SearchQuery(repository, pullRequests, state, labels, texts, bodyOnly);
    }

    public bool Matches(string repositoryFullName, SimulatedIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return (Repository is null || string.Equals(Repository, repositoryFullName, StringComparison.OrdinalIgnoreCase))
            && (PullRequests is null || PullRequests == (issue.PullRequest is not null))
            && (State is null || State == issue.State)
            && Labels.All(wanted => issue.Labels.Exists(label => string.Equals(label.Name, wanted, StringComparison.OrdinalIgnoreCase)))
            && Texts.All(text => Contains(issue.Body, text) || (!BodyOnly && Contains(issue.Title, text)));
    }

    private static bool Contains(string? haystack, string needle) =>
        haystack?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true;

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+(\"[^\"]*\")?")]
    private static partial Regex TokenPattern();
}
