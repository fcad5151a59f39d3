using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>
/// The job to run: an existing job id, a definition kept in the repository, or both (the definition
/// then replaces the job's settings, so the job is code that follows the commit).
/// </summary>
public sealed record TrainingJob(long? JobId, JsonObject? Definition)
{
    /// <summary>The placeholder in job.json for the Git folder's path, so the definition does not hard-code a workspace.</summary>
    public const string RepoPathPlaceholder = "${repo_path}";

    /// <summary>Reads job.json, putting the Git folder's path in place of <see cref="RepoPathPlaceholder"/>.</summary>
    public static JsonObject LoadDefinition(string file, string repoPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var text = File.ReadAllText(file).Replace(RepoPathPlaceholder, repoPath.TrimEnd('/'), StringComparison.Ordinal);
        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw new InvalidOperationException($"{file} must hold one JSON object, a Jobs API job definition.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{file} is not valid JSON: {exception.Message}", exception);
        }
    }
}
