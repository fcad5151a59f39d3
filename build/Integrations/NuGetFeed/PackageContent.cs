using System.IO.Compression;
using System.Security.Cryptography;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// The content of a .nupkg as entry name → SHA-256 of the entry's bytes. Two packs of the same files differ in their zip
/// bytes (timestamps, the random core-properties name), and feeds rewrite some parts, so those are left out of the comparison.
/// </summary>
public sealed class PackageContent
{
    private readonly SortedDictionary<string, string> _entries;

    private PackageContent(SortedDictionary<string, string> entries) => _entries = entries;

    public static PackageContent Read(Stream nupkg)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var zip = new ZipArchive(nupkg, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => !IsWrittenByNuGet(e.FullName) && !e.FullName.EndsWith('/')))
        {
            using var content = entry.Open();
            entries[entry.FullName] = Convert.ToHexString(SHA256.HashData(content));
        }

        return new PackageContent(entries);
    }

    /// <summary>The entries present in only one package or with different bytes; empty when the content is the same.</summary>
    public IReadOnlyList<string> DifferencesFrom(PackageContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _entries.Keys.Union(other._entries.Keys, StringComparer.Ordinal)
            .Where(name => !_entries.TryGetValue(name, out var mine) || !other._entries.TryGetValue(name, out var theirs) || mine != theirs)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Signature, OPC bookkeeping and core properties: regenerated on every pack or rewritten by the feed.</summary>
    private static bool IsWrittenByNuGet(string name) =>
        name.Equals(".signature.p7s", StringComparison.OrdinalIgnoreCase)
        || name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("_rels/", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("package/services/metadata/core-properties/", StringComparison.OrdinalIgnoreCase);
}
