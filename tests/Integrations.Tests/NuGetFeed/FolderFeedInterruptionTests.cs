using Mlops.Build.Integrations.NuGetFeed;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>
/// A push to a folder feed killed at any moment: readers see the feed as before, the next push removes what the
/// killed one left and says so, and a package on the feed that cannot be read is named by its file.
/// </summary>
public sealed class FolderFeedInterruptionTests : IDisposable
{
    private readonly TempFolder _work = new();
    private readonly List<string> _log = [];
    private readonly NuGetModelFeed _feed;

    public FolderFeedInterruptionTests() => _feed = new NuGetModelFeed(FeedSettings.Folder(_work.Combine("feed")), log: _log.Add);

    private string StagingArea => _work.Combine(".feed.staging");

    [Fact]
    public async Task A_push_killed_after_staging_leaves_a_feed_every_reader_sees_as_before()
    {
        await _feed.PushAsync(TestPackages.Build(_work.Path, "1.0.0"));
        var leftover = KilledPush(Path.Combine(StagingArea, "killed"), "2.0.0");

        Assert.Equal([NuGetVersion.Parse("1.0.0")], await _feed.ListVersionsAsync(TestPackages.Id));
        Assert.Single(await _feed.ListModelsAsync(TestPackages.Id));

        var result = await _feed.PushAsync(TestPackages.Build(_work.Path, "2.0.0"));

        Assert.Equal(PushOutcome.Published, result.Outcome);
        Assert.False(Directory.Exists(leftover));
        Assert.Contains(_log, line => line.Contains(leftover, StringComparison.Ordinal) && line.Contains("interrupted push", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(StagingArea));
    }

    [Fact]
    public async Task A_staging_folder_inside_the_feed_left_by_an_older_build_is_removed_and_named()
    {
        Directory.CreateDirectory(_work.Combine("feed"));
        var leftover = KilledPush(_work.Combine("feed", ".staging-0123"), "1.0.0");

        await _feed.PushAsync(TestPackages.Build(_work.Path, "1.0.0"));

        Assert.False(Directory.Exists(leftover));
        Assert.Contains(_log, line => line.Contains(".staging-0123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_staging_folder_of_a_push_still_running_is_left_alone()
    {
        var running = Path.Combine(StagingArea, "running");
        KilledPush(running, "2.0.0");
        using (new FileStream(Path.Combine(running, ".lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            await _feed.PushAsync(TestPackages.Build(_work.Path, "1.0.0"));
        }

        Assert.True(Directory.Exists(running));
        Assert.Empty(_log);
    }

    [Fact]
    public async Task A_truncated_package_on_the_feed_is_named_by_its_file()
    {
        var package = TestPackages.Build(_work.Path, "1.0.0");
        await _feed.PushAsync(package);
        var onFeed = Directory.GetFiles(_work.Combine("feed"), "*.nupkg", SearchOption.AllDirectories).Single();
        await using (var file = File.OpenWrite(onFeed))
        {
            file.SetLength(file.Length / 2);
        }

        var listing = await Assert.ThrowsAsync<InvalidDataException>(() => _feed.ListModelsAsync(TestPackages.Id));
        var publishing = await Assert.ThrowsAsync<InvalidDataException>(() => _feed.PushAsync(package));

        Assert.Contains(onFeed, listing.Message, StringComparison.Ordinal);
        Assert.Contains(onFeed, publishing.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _feed.Dispose();
        _work.Dispose();
    }

    // What a push killed between staging and the move leaves: a complete package in its staging folder, no lock held.
    private string KilledPush(string folder, string version)
    {
        var package = Path.Combine(folder, "package");
        Directory.CreateDirectory(package);
        var built = _work.Combine($"build-{version}");
        Directory.CreateDirectory(built);
        var nupkg = TestPackages.Build(built, version);
        File.Copy(nupkg, Path.Combine(package, Path.GetFileName(nupkg)));
        return folder;
    }
}
