using Mlops.Build.Integrations.Http;
using NuGet.Common;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>
/// The model registry on a NuGet feed, the same for a local folder and a v3 HTTP feed. Reads go through NuGet.Protocol's
/// FindPackageByIdResource (whose HttpSource retries transient failures a bounded number of times); pushes go through
/// <see cref="FolderFeedPublisher"/> or <see cref="HttpFeedPublisher"/>, after checking the version is not already there.
/// </summary>
public sealed class NuGetModelFeed : IModelFeed, IDisposable
{
    private const string PublishResourceType = "PackagePublish/2.0.0";

    private readonly SecretMasker _masker;
    private readonly Action<string> _log;
    private readonly HttpClient? _pushClient;
    private PackageIdentity? _pushing;

    /// <param name="log">Receives a line for every retry of a push (attempt and reason) and for every leftover of an interrupted push removed.</param>
    public NuGetModelFeed(
        FeedSettings settings,
        RetryPolicy? retryPolicy = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        SecretMasker? masker = null,
        Action<string>? log = null)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _masker = masker ?? SecretMasker.Shared;
        _log = log ?? (_ => { });
        if (!settings.IsFolder)
        {
            var retrying = new RetryingHandler(retryPolicy ?? new RetryPolicy(), delay: delay) { InnerHandler = new SocketsHttpHandler() };
            retrying.Retrying += attempt => _log(_masker.Apply($"NuGet feed {Settings.Source}: push {_pushing}: {attempt.Describe()}"));
            _pushClient = new HttpClient(retrying)
            {
                Timeout = Timeout.InfiniteTimeSpan, // each attempt is bounded by the retry policy instead
            };
        }
    }

    public FeedSettings Settings { get; }

    public async Task<IReadOnlyList<NuGetVersion>> ListVersionsAsync(string packageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        var finder = await FinderAsync(cancellationToken);
        using var cache = NuGetSourceFactory.NoCache();
        var versions = await ReadAsync($"list the versions of {packageId}", () => finder.GetAllVersionsAsync(packageId, cache, NullLogger.Instance, cancellationToken));
        return versions.Order().ToList();
    }

    public async Task<NuGetVersion?> FindChampionAsync(string packageId, NuGetVersion below, CancellationToken cancellationToken = default) =>
        ChampionSelector.Select(await ListVersionsAsync(packageId, cancellationToken), below);

    public async Task DownloadAsync(string packageId, NuGetVersion version, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        ArgumentNullException.ThrowIfNull(version);
        var finder = await FinderAsync(cancellationToken);
        using var cache = NuGetSourceFactory.NoCache();
        var found = await ReadAsync(
            $"download {packageId} {version}",
            () => finder.CopyNupkgToStreamAsync(packageId, version, destination, cache, NullLogger.Instance, cancellationToken));
        if (!found)
        {
            // NuGet's folder reader answers "not found" for a package file it cannot open.
            throw Settings.IsFolder && File.Exists(FolderPackagePath(packageId, version))
                ? new InvalidDataException($"{FolderPackagePath(packageId, version)} is not a readable package: NuGet could not open it (truncated, or not a zip).")
                : new FileNotFoundException($"{packageId} {version} is not on the feed {Settings}.");
        }
    }

    public async Task<DownloadedPackage> DownloadAsync(string packageId, NuGetVersion version, string destinationFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        Directory.CreateDirectory(destinationFolder);
        var name = $"{packageId}.{version.ToNormalizedString()}".ToLowerInvariant();
        var nupkg = Path.Combine(destinationFolder, name + ".nupkg");
        await using (var file = File.Create(nupkg))
        {
            await DownloadAsync(packageId, version, file, cancellationToken);
        }

        var content = Path.Combine(destinationFolder, name);
        return ReadPackage(packageId, version, () =>
        {
            PackageExtraction.ExtractAll(nupkg, content);
            using var package = File.OpenRead(nupkg);
            return new DownloadedPackage(nupkg, content, CardSummaryReader.ReadFromPackage(package));
        });
    }

    public async Task<PushResult> PushAsync(string nupkgPath, CancellationToken cancellationToken = default)
    {
        var identity = PackageExtraction.ReadIdentity(nupkgPath);
        var versions = await ListVersionsAsync(identity.Id, cancellationToken);
        if (versions.Contains(identity.Version))
        {
            await EnsureSameContentAsync(nupkgPath, identity, cancellationToken);
            return new PushResult(PushOutcome.AlreadyPublished, identity.Id, identity.Version, Settings.Source);
        }

        var publisher = await PublisherAsync(cancellationToken);
        _pushing = identity;
        try
        {
            await publisher.PublishAsync(nupkgPath, identity, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or UnauthorizedAccessException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ServiceException($"NuGet feed {Settings.Source}: could not push {identity}: {_masker.Apply(exception.Message)}", exception);
        }
        finally
        {
            _pushing = null;
        }

        return new PushResult(PushOutcome.Published, identity.Id, identity.Version, Settings.Source);
    }

    public async Task<IReadOnlyList<ModelRegistryEntry>> ListModelsAsync(string packageId, CancellationToken cancellationToken = default)
    {
        var entries = new List<ModelRegistryEntry>();
        foreach (var version in (await ListVersionsAsync(packageId, cancellationToken)).Reverse())
        {
            using var package = new MemoryStream();
            await DownloadAsync(packageId, version, package, cancellationToken);
            entries.Add(ReadPackage(packageId, version, () => RegistryEntry(version, package)));
        }

        return entries;
    }

    public void Dispose() => _pushClient?.Dispose();

    private static ModelRegistryEntry RegistryEntry(NuGetVersion version, MemoryStream package)
    {
        package.Position = 0;
        var card = CardSummaryReader.ReadFromPackage(package);
        package.Position = 0;
        using var reader = new PackageArchiveReader(package, leaveStreamOpen: true);
        var commit = card?.Commit ?? reader.NuspecReader.GetRepositoryMetadata()?.Commit.NullIfBlank();
        return new ModelRegistryEntry(version, card?.CreatedAt, commit, card);
    }

    private async Task EnsureSameContentAsync(string nupkgPath, PackageIdentity identity, CancellationToken cancellationToken)
    {
        using var published = new MemoryStream();
        await DownloadAsync(identity.Id, identity.Version, published, cancellationToken);
        published.Position = 0;
        await using var candidate = File.OpenRead(nupkgPath);
        var differences = PackageContent.Read(candidate).DifferencesFrom(ReadPackage(identity.Id, identity.Version, () => PackageContent.Read(published)));
        if (differences.Count > 0)
        {
            throw PackageVersionConflictException.For(identity.Id, identity.Version.ToNormalizedString(), Settings.Source, differences);
        }
    }

    private async Task<IPackagePublisher> PublisherAsync(CancellationToken cancellationToken)
    {
        if (Settings.IsFolder)
        {
            return new FolderFeedPublisher(Settings.Source, _log);
        }

        var apiKey = Settings.ApiKey
            ?? throw new InvalidOperationException($"{Settings.ApiKeySetting} is not set: pushing to {Settings.Source} needs an API key.");
        var index = await ReadAsync("read the service index", () => NuGetSourceFactory.Create(Settings).GetResourceAsync<ServiceIndexResourceV3>(cancellationToken));
        var publishUri = index?.GetServiceEntryUri(PublishResourceType)
            ?? throw new InvalidOperationException($"The feed {Settings.Source} offers no {PublishResourceType} resource: it does not accept pushes.");
        return new HttpFeedPublisher(_pushClient!, publishUri, apiKey, Settings.ApiKeySetting, _masker);
    }

    private async Task<FindPackageByIdResource> FinderAsync(CancellationToken cancellationToken)
    {
        if (Settings.IsFolder)
        {
            // A fresh clone has no .feed/ yet: that is an empty registry, not an error (NuGet refuses a missing folder).
            Directory.CreateDirectory(Settings.Source);
        }

        return await ReadAsync("read the service index", () => NuGetSourceFactory.Create(Settings).GetResourceAsync<FindPackageByIdResource>(cancellationToken))
            ?? throw new InvalidOperationException($"'{Settings.Source}' is neither a folder nor a NuGet v3 feed.");
    }

    /// <summary>NuGet.Protocol reports feed failures as FatalProtocolException; name the feed and mask any secret in the text.</summary>
    private async Task<T> ReadAsync<T>(string call, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (FatalProtocolException exception)
        {
            var detail = exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message;
            throw new ServiceException($"NuGet feed {Settings.Source}: could not {call}: {_masker.Apply(detail)}", exception);
        }
    }

    /// <summary>A package on the feed that cannot be read (truncated, not a zip) fails naming its file, or its id and version on an HTTP feed.</summary>
    private T ReadPackage<T>(string packageId, NuGetVersion version, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException or System.Xml.XmlException)
        {
            var where = Settings.IsFolder
                ? FolderPackagePath(packageId, version)
                : $"{packageId} {version.ToNormalizedString()} on the feed {Settings.Source}";
            throw new InvalidDataException($"{where} is not a readable package: {exception.Message}", exception);
        }
    }

    private string FolderPackagePath(string packageId, NuGetVersion version) =>
        new VersionFolderPathResolver(Settings.Source).GetPackageFilePath(packageId, version);
}
