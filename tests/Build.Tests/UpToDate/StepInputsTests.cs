using Mlops.Build.UpToDate;

namespace Mlops.Build.Tests.UpToDate;

/// <summary>
/// The key that decides whether the tests' last passing results are reused: any source, spec, data or tool the tests read
/// changes it; build outputs and ignored files do not.
/// </summary>
public sealed class StepInputsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("step-inputs-").FullName;

    public StepInputsTests()
    {
        Write("Build.sln", "Project(\"{FAE04EC0}\") = \"Lib\", \"src\\Lib\\Lib.csproj\", \"{1}\"\nEndProject\n");
        Write(".gitignore", "bin/\nobj/\nartifacts/\nnode_modules/\n");
        Write("build/system-packages.txt", "# none needed here\n");
        Write("src/Lib/Lib.csproj", "<Project />");
        Write("model/spec.json", "{ \"seed\": 1 }");
        Write("tests/tools/node_modules/.package-lock.json", "{ \"v\": 1 }");
        Git("init", "-q");
        Git("add", "-A");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("model/spec.json", "{ \"seed\": 2 }")]
    [InlineData("src/Lib/Lib.csproj", "<Project Sdk=\"x\" />")]
    [InlineData("tests/new-fixture.json", "{}")]
    [InlineData("tests/tools/node_modules/.package-lock.json", "{ \"v\": 2 }")]
    public void A_changed_or_new_source_spec_or_tool_changes_the_test_key(string file, string content)
    {
        var before = Key();

        Write(file, content);

        Assert.NotEqual(before, Key());
    }

    [Fact]
    public void A_changed_build_output_or_artifact_leaves_the_test_key_alone()
    {
        var before = Key();

        Write("src/Lib/bin/Release/Lib.dll", "compiled");
        Write("artifacts/tests/result.trx", "<TestRun />");

        Assert.Equal(before, Key());
    }

    [Fact]
    public void The_filter_and_the_configuration_are_part_of_the_key()
    {
        Assert.NotEqual(Key(), new StepInputs(new BuildPaths(_root)).TestKey("Release", "FullyQualifiedName~Spec"));
        Assert.NotEqual(Key(), new StepInputs(new BuildPaths(_root)).TestKey("Debug", null));
    }

    [Fact]
    public void The_solutions_project_folders_are_read_from_Build_sln()
    {
        Assert.Equal([Path.Combine(_root, "src", "Lib")], new StepInputs(new BuildPaths(_root)).ProjectFolders());
    }

    [Fact]
    public void Outside_a_git_clone_nothing_is_known_so_nothing_is_skipped()
    {
        Directory.Delete(Path.Combine(_root, ".git"), recursive: true);

        Assert.False(new StepInputs(new BuildPaths(_root)).Known);
    }

    // A new StepInputs each time: one instance hashes the sources once per build run.
    private string Key() => new StepInputs(new BuildPaths(_root)).TestKey("Release", null);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private void Git(params string[] arguments) =>
        Assert.Equal(0, CommandOutput.Run("git", ["-C", _root, .. arguments])?.ExitCode);
}
