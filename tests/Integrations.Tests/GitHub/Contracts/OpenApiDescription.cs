using System.Text.Json;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>GitHub's OpenAPI description: finds the operation for a concrete method and path, and resolves local $refs.</summary>
internal sealed class OpenApiDescription(JsonDocument document)
{
    private static readonly Lazy<OpenApiDescription> GitHubDescription = new(() =>
        new OpenApiDescription(JsonDocument.Parse(File.ReadAllBytes(OctokitPackages.OpenApiDescription))));

    public static OpenApiDescription GitHub => GitHubDescription.Value;

    private JsonElement Root => document.RootElement;

    /// <summary>
    /// The operation whose path template matches the path segment by segment ({name} matches any one segment); where
    /// several match, the most literal wins, as a router would choose issues/comments/{id} over issues/{number}.
    /// </summary>
    public (string Template, JsonElement Operation)? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        var best = Root.GetProperty("paths").EnumerateObject()
            .Select(entry => (entry, template: entry.Name.Trim('/').Split('/')))
            .Where(candidate => Matches(candidate.template, segments) && candidate.entry.Value.TryGetProperty(method.ToLowerInvariant(), out _))
            .OrderByDescending(candidate => candidate.template.Count(segment => !segment.StartsWith('{')))
            .Select(candidate => candidate.entry)
            .FirstOrDefault();
        return best.Value.ValueKind == JsonValueKind.Undefined ? null : (best.Name, best.Value.GetProperty(method.ToLowerInvariant()));
    }

    /// <summary>The element itself, or what its "$ref": "#/components/…" points to.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            element = reference.GetString()!.TrimStart('#', '/').Split('/')
                .Aggregate(Root, (node, name) => node.GetProperty(name.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
        }

        return element;
    }

    private static bool Matches(string[] template, string[] segments) =>
        template.Length == segments.Length
        && template.Zip(segments).All(pair => pair.First.StartsWith('{') || pair.First == pair.Second);
}
