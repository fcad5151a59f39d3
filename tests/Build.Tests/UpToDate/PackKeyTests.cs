using Mlops.Build.UpToDate;

namespace Mlops.Build.Tests.UpToDate;

/// <summary>The key that lets Pack keep its last package: any staged model file, the runtime's sources or the version changes it.</summary>
public sealed class PackKeyTests : IDisposable
{
    private const string Sources = "sources-key";
    private readonly string _staged = Directory.CreateTempSubdirectory("pack-key-").FullName;

    public PackKeyTests()
    {
        File.WriteAllText(Path.Combine(_staged, "model-card.json"), "{ \"version\": \"1.0.0\", \"gate\": \"passed\" }");
        File.WriteAllText(Path.Combine(_staged, "booster.json"), "{ \"trees\": 100 }");
    }

    public void Dispose() => Directory.Delete(_staged, recursive: true);

    [Fact]
    public void The_same_staged_files_sources_and_version_give_the_same_key() =>
        Assert.Equal(Key(), Key());

    [Theory]
    [InlineData("model-card.json", "{ \"version\": \"1.0.0\", \"gate\": \"forced\" }")]
    [InlineData("booster.json", "{ \"trees\": 101 }")]
    [InlineData("preprocessing.json", "{}")]
    public void A_changed_or_new_staged_file_changes_the_key(string file, string content)
    {
        var before = Key();

        File.WriteAllText(Path.Combine(_staged, file), content);

        Assert.NotEqual(before, Key());
    }

    [Fact]
    public void Other_sources_a_new_version_or_another_commit_change_the_key()
    {
        var before = Key();

        Assert.NotEqual(before, StepInputs.PackKey("other-sources", _staged, "1.0.0", "1.0.0+abc", "https://example.test/repo"));
        Assert.NotEqual(before, StepInputs.PackKey(Sources, _staged, "1.0.1", "1.0.1+abc", "https://example.test/repo"));
        Assert.NotEqual(before, StepInputs.PackKey(Sources, _staged, "1.0.0", "1.0.0+def", "https://example.test/repo"));
    }

    private string Key() => StepInputs.PackKey(Sources, _staged, "1.0.0", "1.0.0+abc", "https://example.test/repo");
}
