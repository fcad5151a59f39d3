using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>What Deploy puts live: a model package version, the commit that built it, and the smoke tests it must pass.</summary>
public sealed record ReleaseToDeploy(string PackageId, string Version, string Commit, SmokeTestSuite SmokeTests);
