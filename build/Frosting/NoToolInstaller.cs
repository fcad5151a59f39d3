using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;

namespace Cake.Frosting;

/// <summary>This build installs no Cake tools at run time: the bootstrap script installs what it needs.</summary>
internal sealed class NoToolInstaller : IToolInstaller
{
    public IEnumerable<FilePath> Install(PackageReference tool) =>
        throw new NotSupportedException($"Installing the tool '{tool}' at run time is not supported; build.sh installs prerequisites.");
}
