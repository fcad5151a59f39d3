using Mlops.Build.Integrations.Smoke;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>Smoke-test suites for <see cref="DeployModel"/>'s columns, written as files the way api/smoke-tests.json is read.</summary>
internal static class SmokeSuites
{
    public const string BrokenTestName = "a teapot answers (deliberately wrong)";

    private const string Passing = """
        { "name": "health reports the deployed version", "method": "GET", "path": "/health", "expectStatus": 200,
          "expect": { "status": { "equals": "healthy" }, "modelVersion": { "equals": "${version}" } } },
        { "name": "a customer is scored", "method": "POST", "path": "/predict",
          "body": { "usage": 12.5, "plan": "basic", "autopay": false }, "expectStatus": 200,
          "expect": { "probability": { "min": 0, "max": 1 }, "modelVersion": { "equals": "${version}" } } }
        """;

    private const string Broken = $$"""
        , { "name": "{{BrokenTestName}}", "method": "GET", "path": "/health", "expectStatus": 418 }
        """;

    public static SmokeTestSuite Good(string folder) => SmokeTestSuite.Load(GoodFile(folder));

    /// <summary>The good tests plus one that expects 418 from /health, which no healthy API answers.</summary>
    public static SmokeTestSuite WithBrokenTest(string folder) => SmokeTestSuite.Load(BrokenFile(folder));

    public static string GoodFile(string folder) => Write(folder, "good.json", Passing);

    public static string BrokenFile(string folder) => Write(folder, "broken.json", Passing + Broken);

    /// <summary>A QC test that passes only while the API serves <paramref name="version"/>: any other version fails it.</summary>
    public static string OnlyPassesFor(string folder, string version) => Write(folder, $"only-{version}.json", $$"""
        { "name": "{{QcTestName}}", "method": "GET", "path": "/model", "expectStatus": 200,
          "expect": { "version": { "equals": "{{version}}" } } }
        """);

    public const string QcTestName = "QC: the card names the approved version";

    private static string Write(string folder, string name, string tests)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, $$"""{ "tests": [ {{tests}} ] }""");
        return path;
    }
}
