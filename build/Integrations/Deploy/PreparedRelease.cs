using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>A version ready to deploy: its model files taken from the feed, and the tests it must pass once live.</summary>
public sealed record PreparedRelease(string PackageId, string Version, string ModelFolder, SmokeTestSuite SmokeTests);
