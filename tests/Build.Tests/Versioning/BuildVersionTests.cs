namespace Mlops.Build.Tests.Versioning;

public sealed class BuildVersionTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    private static readonly GitInfo Git = new(Commit, "main", null, false, null);

    private static CiEnvironment GitHub(string? gitRef = "refs/heads/main", string runNumber = "42") =>
        CiEnvironment.From(name => name switch
        {
            "GITHUB_ACTIONS" => "true",
            "GITHUB_REF" => gitRef,
            "GITHUB_RUN_NUMBER" => runNumber,
            _ => null,
        });

    [Fact]
    public void A_local_build_is_the_version_file_with_the_commit_in_the_informational_version()
    {
        var version = BuildVersion.Resolve("version.txt", "0.1.0\n", CiEnvironment.Local, Git);

        Assert.Equal("0.1.0", version.SemVer);
        Assert.Equal($"0.1.0+{Commit}", version.InformationalVersion);
        Assert.False(version.IsPrerelease);
    }

    [Fact]
    public void A_tag_that_matches_the_version_file_builds_the_release_version()
    {
        var version = BuildVersion.Resolve("version.txt", "1.4.2", GitHub("refs/tags/v1.4.2"), Git);

        Assert.Equal("1.4.2", version.SemVer);
    }

    [Fact]
    public void A_tag_that_differs_from_the_version_file_fails_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => BuildVersion.Resolve("version.txt", "1.4.2", GitHub("refs/tags/v1.5.0"), Git));

        Assert.Contains("v1.5.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.4.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("version.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_tag_GitHub_Actions_build_gets_the_ci_suffix_with_the_run_number()
    {
        var version = BuildVersion.Resolve("version.txt", "0.3.0", GitHub(runNumber: "17"), Git);

        Assert.Equal("0.3.0-ci.17", version.SemVer);
        Assert.True(version.IsPrerelease);
    }

    [Fact]
    public void The_tag_is_also_read_from_the_ref_type_and_name()
    {
        var ci = CiEnvironment.From(name => name switch
        {
            "GITHUB_ACTIONS" => "true",
            "GITHUB_REF_TYPE" => "tag",
            "GITHUB_REF_NAME" => "v2.0.0",
            _ => null,
        });

        Assert.Equal("v2.0.0", ci.TagName);
        Assert.Equal("2.0.0", BuildVersion.Resolve("version.txt", "2.0.0", ci, Git).SemVer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.2.3")]
    [InlineData("one.two.three")]
    public void A_malformed_version_file_fails_with_the_file_and_its_content(string content)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => BuildVersion.Resolve("version.txt", content, CiEnvironment.Local, Git));

        Assert.Contains("version.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{content}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_build_of_a_version_tag_is_checked_against_the_version_file()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => BuildVersion.Resolve("version.txt", "1.4.2", CiEnvironment.Local, Git with { Branch = null, Tag = "v1.5.0" }));

        Assert.Contains("v1.5.0", error.Message, StringComparison.Ordinal);
        Assert.Equal("1.4.2", BuildVersion.Resolve("version.txt", "1.4.2", CiEnvironment.Local, Git with { Tag = "v1.4.2" }).SemVer);
        Assert.Equal("1.4.2", BuildVersion.Resolve("version.txt", "1.4.2", CiEnvironment.Local, Git with { Tag = "nightly" }).SemVer);
    }

    [Fact]
    public void Uncommitted_changes_show_in_the_informational_version()
    {
        var version = BuildVersion.Resolve("version.txt", "0.1.0", CiEnvironment.Local, Git with { IsDirty = true });

        Assert.Equal($"0.1.0+{Commit}.dirty", version.InformationalVersion);
        Assert.Equal("0.1.0", version.SemVer);
    }
}
