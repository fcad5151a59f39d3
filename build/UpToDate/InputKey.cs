using System.Security.Cryptography;
using System.Text;

namespace Mlops.Build.UpToDate;

/// <summary>
/// One SHA-256 over named inputs (file contents, versions, settings), in the manner of Gradle's and Bazel's cache keys:
/// two runs with the same key read the same inputs.
/// </summary>
public sealed class InputKey
{
    private readonly SortedDictionary<string, string> _parts = new(StringComparer.Ordinal);

    public InputKey Add(string name, string? value)
    {
        _parts[name] = value ?? "(none)";
        return this;
    }

    /// <summary>Adds a file by its content; a missing file is an input too ("absent").</summary>
    public InputKey AddFile(string name, string path) => Add(name, File.Exists(path) ? HashFile(path) : "absent");

    /// <summary>Adds many files under one name, each by its path and content.</summary>
    public InputKey AddFiles(string name, string root, IEnumerable<string> relativePaths)
    {
        var lines = relativePaths
            .Order(StringComparer.Ordinal)
            .Select(relative => $"{relative}:{(File.Exists(Path.Combine(root, relative)) ? HashFile(Path.Combine(root, relative)) : "absent")}");
        return Add(name, Hash(string.Join('\n', lines)));
    }

    public string Value => Hash(string.Join('\n', _parts.Select(part => $"{part.Key}={part.Value}")));

    public override string ToString() => Value;

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
