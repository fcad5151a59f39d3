using System.Xml.Linq;

namespace Mlops.Build.Tests.Workflows;

/// <summary>Every project restores from a committed lock file, and CI refuses a restore that would change one.</summary>
public sealed class LockFileTests
{
    [Fact]
    public void Every_project_of_the_solution_has_its_lock_file()
    {
        var projects = File.ReadAllLines(RepositoryRoot.Combine("Build.sln"))
            .Where(line => line.StartsWith("Project(", StringComparison.Ordinal) && line.Contains(".csproj", StringComparison.Ordinal))
            .Select(line => line.Split('"')[5].Replace('\\', '/'))
            .ToList();

        Assert.NotEmpty(projects);
        Assert.All(projects, project => Assert.True(
            File.Exists(RepositoryRoot.Combine(Path.GetDirectoryName(project)!, "packages.lock.json")),
            $"{project} has no packages.lock.json: run dotnet restore and commit it."));
    }

    [Fact]
    public void Restores_use_the_lock_files_and_CI_restores_in_locked_mode()
    {
        var properties = XDocument.Load(RepositoryRoot.Combine("Directory.Build.props")).Descendants("PropertyGroup").Elements().ToList();

        Assert.Contains(properties, p => p.Name == "RestorePackagesWithLockFile" && p.Value == "true");
        var locked = Assert.Single(properties, p => p.Name == "RestoreLockedMode");
        Assert.Equal("true", locked.Value);
        Assert.Contains("'$(CI)' == 'true'", (string?)locked.Attribute("Condition"), StringComparison.Ordinal);
    }
}
