namespace Mlops.Build;

/// <summary>Every <c>--name=value</c> argument the build reads, named once.</summary>
public static class ArgumentNames
{
    public const string Configuration = "configuration";
    public const string TestFilter = "test-filter";
    public const string FailOnOutdated = "fail-on-outdated";
    public const string Url = "url";
    public const string ExpectedVersion = "expected-version";
    public const string Port = "port";
}
