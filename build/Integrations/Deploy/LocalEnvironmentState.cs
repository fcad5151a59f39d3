using System.Text.Json;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The version that last passed its tests in a local environment, kept in its folder (verified.json): the local
/// provider runs nothing between builds, so this file is what "running in staging" means for Promote.
/// </summary>
public sealed class LocalEnvironmentState(string folder)
{
    private const string FileName = "verified.json";

    private string FilePath => Path.Combine(folder, FileName);

    public string? Version
    {
        get
        {
            if (!File.Exists(FilePath))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<VerifiedRecord>(File.ReadAllText(FilePath))?.Version;
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{FilePath} is not a verified-version record ({exception.Message}); delete it and deploy again.", exception);
            }
        }
    }

    public void Record(string version, DateTimeOffset at)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(new VerifiedRecord(version, at)));
    }

    private sealed record VerifiedRecord(string Version, DateTimeOffset VerifiedAt);
}
