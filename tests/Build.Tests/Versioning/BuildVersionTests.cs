namespace Mlops.Build.Tests.Versioning;

public sealed class BuildVersionTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

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
        var version = BuildVersion.Resolve("version.txt", "0.1.0\n", CiEnvironment.Local, Commit);

        Assert.Equal("0.1.0", version.SemVer);
        Assert.Equal($"0.1.0+{Commit}", version.InformationalVersion);
        Assert.False(version.IsPrerelease);
    }

    [Fact]
    public void A_tag_that_matches_the_version_file_builds_the_release_version()
    {
        var version = BuildVersion.Resolve("version.txt", "1.4.2", GitHub("refs/tags/v1.4.2"), Commit);

        Assert.Equal("1.4.2", version.SemVer);
    }

    [Fact]
    public void A_tag_that_differs_from_the_version_file_fails_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => BuildVersion.Resolve("version.txt", "1.4.2", GitHub("refs/tags/v1.5.0"), Commit));

        Assert.Contains("v1.5.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.4.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("version.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_tag_GitHub_Actions_build_gets_the_ci_suffix_with_the_run_number()
    {
        var version = BuildVersion.Resolve("version.txt", "0.3.0", GitHub(runNumber: "17"), Commit);

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
        Assert.Equal("2.0.0", BuildVersion.Resolve("version.txt", "2.0.0", ci, Commit).SemVer);
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
            () => BuildVersion.Resolve("version.txt", content, CiEnvironment.Local, Commit));

        Assert.Contains("version.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{content}'", error.Message, StringComparison.Ordinal);
    }
}
