using System.Reflection;
using System.Runtime.InteropServices;

namespace Mlops.Model.Training.XGBoost;

/// <summary>
/// Finds libxgboost under the names distributions actually ship (Debian installs only the
/// versioned libxgboost.so.0 without the -dev package), and fails with the install command.
/// </summary>
public static class XGBoostLibrary
{
    internal const string Name = "xgboost";

    public const string InstallCommand = "sudo apt-get install libxgboost0";

    /// <summary>File names tried in order: Debian/Ubuntu runtime package, a source build, macOS, Windows.</summary>
    public static IReadOnlyList<string> CandidateNames { get; } =
        ["libxgboost.so.0", "libxgboost.so", "libxgboost.dylib", "xgboost.dll"];

    private static int registered;

    /// <summary>Registers the resolver for this assembly's P/Invoke calls; later calls do nothing.</summary>
    internal static void RegisterResolver()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(XGBoostLibrary).Assembly, Resolve);
        }
    }

    /// <summary>The error text shown when none of the candidate names loads.</summary>
    public static string MissingLibraryMessage(IEnumerable<string> triedNames) =>
        $"The XGBoost native library was not found (tried {string.Join(", ", triedNames)}). "
        + $"Training needs it: install it with `{InstallCommand}` (Debian/Ubuntu), "
        + "or put the library on the loader path (LD_LIBRARY_PATH, DYLD_LIBRARY_PATH or PATH). "
        + "Scoring does not need it.";

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Name)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in CandidateNames)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(MissingLibraryMessage(CandidateNames));
    }
}
