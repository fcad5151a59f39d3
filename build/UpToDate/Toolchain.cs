using System.Runtime.InteropServices;

namespace Mlops.Build.UpToDate;

/// <summary>Facts about the machine that decide a build's and the tests' outcome besides the sources.</summary>
public static class Toolchain
{
    /// <summary>The installed .NET SDKs and runtimes (the folder names under the dotnet root): an SDK update changes it.</summary>
    public static string Sdks()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/ → .../dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var folders = new[] { "sdk", Path.Combine("shared", "Microsoft.NETCore.App"), Path.Combine("shared", "Microsoft.AspNetCore.App") }
            .SelectMany(folder => Directory.Exists(Path.Combine(root, folder)) ? Directory.GetDirectories(Path.Combine(root, folder)) : [])
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal);
        return $"{root}: {string.Join(", ", folders)}";
    }

    /// <summary>The installed version of each Debian package (or what dpkg says of it); "no dpkg" on other systems.</summary>
    public static string DebianPackages(IEnumerable<string> packages) =>
        CommandOutput.Run("dpkg-query", ["--show", "--showformat=${Package} ${Version} ${db:Status-Abbrev}\\n", .. packages])?.Output ?? "no dpkg";
}
