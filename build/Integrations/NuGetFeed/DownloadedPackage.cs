namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>A package fetched from the feed: the .nupkg itself and the folder its files were extracted to.</summary>
public sealed record DownloadedPackage(string NupkgPath, string ContentFolder, CardSummary? Card);
