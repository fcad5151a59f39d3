using System.Text.Json;

namespace Mlops.Build.UpToDate;

/// <summary>What a successful step leaves behind: the key of its inputs, when it ran, at which commit, and its outcome.</summary>
public sealed record RunStamp(string Key, DateTimeOffset FinishedAt, string Commit, string Outcome)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <returns>The stamp, or null when there is none or it cannot be read (then the step simply runs).</returns>
    public static RunStamp? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunStamp>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Indented));
    }

    /// <summary>"the run of 2026-12-01 01:02:03Z at commit abc1234 (612 passed, 0 failed, 0 skipped)".</summary>
    public string Describe() => $"the run of {FinishedAt.UtcDateTime:u} at commit {Commit[..Math.Min(Commit.Length, 12)]} ({Outcome})";
}
