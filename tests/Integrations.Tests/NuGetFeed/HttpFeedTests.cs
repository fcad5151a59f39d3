using System.Net;
using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Simulators.NuGet;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>The registry on a NuGet v3 HTTP feed (the loopback simulator), including the failures a real feed has.</summary>
public sealed class HttpFeedTests : ModelFeedContract
{
    private readonly List<TimeSpan> _waits = [];
    private NuGetFeedSimulator? _simulator;

    private NuGetFeedSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator starts in InitializeAsync.");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task APushThatFailsOnceWith500IsRetriedAndSucceeds()
    {
        Simulator.FailNext(1, HttpStatusCode.InternalServerError, method: "PUT");

        var result = await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        Assert.Equal(PushOutcome.Published, result.Outcome);
        Assert.Equal(2, Simulator.PushAttempts);
        Assert.Single(_waits);
        Assert.NotNull(Simulator.Package(TestPackages.Id, "1.0.0"));
    }

    [Fact]
    public async Task EveryRetryOfAPushIsALogLineWithTheAttemptAndTheReason()
    {
        var log = new List<string>();
        using var feed = new NuGetModelFeed(FeedSettings.Http(Simulator.ServiceIndexUri, Simulator.ApiKey), Policy(), RecordWaitAsync, log: log.Add);
        Simulator.FailNext(1, HttpStatusCode.ServiceUnavailable, method: "PUT");
        Simulator.DropNext(1, method: "PUT");

        await feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        Assert.Equal(2, log.Count);
        Assert.All(log, line => Assert.Contains($"push {TestPackages.Id}.1.0.0", line, StringComparison.Ordinal));
        Assert.Contains("503", log[0], StringComparison.Ordinal);
        Assert.Contains("attempt 1", log[0], StringComparison.Ordinal);
        Assert.Contains("attempt 2", log[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APushWhoseConnectionKeepsDroppingFailsNamingTheFeedTheOperationAndThePackage()
    {
        Simulator.DropNext(1000, method: "PUT");

        var error = await Assert.ThrowsAsync<ServiceException>(() => Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0")));

        Assert.Contains(Simulator.ServiceIndexUri.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains($"could not push {TestPackages.Id}.1.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A429WaitsAsLongAsRetryAfterAsks()
    {
        Simulator.FailNext(1, HttpStatusCode.TooManyRequests, method: "PUT", retryAfter: TimeSpan.FromSeconds(7));

        await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        Assert.Equal([TimeSpan.FromSeconds(7)], _waits);
    }

    [Fact]
    public async Task ADroppedConnectionDuringPushIsRetried()
    {
        Simulator.DropNext(1, method: "PUT");

        var result = await Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        Assert.Equal(PushOutcome.Published, result.Outcome);
        Assert.Equal(2, Simulator.PushAttempts);
    }

    [Fact]
    public async Task AnAnswerSlowerThanTheAttemptTimeoutIsRetried()
    {
        using var feed = new NuGetModelFeed(
            FeedSettings.Http(Simulator.ServiceIndexUri, Simulator.ApiKey), Policy() with { AttemptTimeout = TimeSpan.FromSeconds(1) }, RecordWaitAsync);
        Simulator.DelayNext(TimeSpan.FromMinutes(1), method: "PUT");

        var result = await feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0"));

        Assert.Equal(PushOutcome.Published, result.Outcome);
        Assert.Equal(2, Simulator.PushAttempts);
    }

    [Fact]
    public async Task AFeedThatKeepsFailingReadsFailsWithTheFeedNamed()
    {
        Simulator.FailNext(1000, HttpStatusCode.InternalServerError, method: "GET");

        var error = await Assert.ThrowsAsync<ServiceException>(() => Feed.ListVersionsAsync(TestPackages.Id));

        Assert.Contains(Simulator.ServiceIndexUri.AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadThatFailsOnceIsRetriedByNuGet()
    {
        Simulator.Seed(await File.ReadAllBytesAsync(TestPackages.Build(Work.Path, "1.0.0")));
        Simulator.FailNext(1, HttpStatusCode.ServiceUnavailable, method: "GET");

        Assert.Equal([NuGetVersion.Parse("1.0.0")], await Feed.ListVersionsAsync(TestPackages.Id));
    }

    [Fact]
    public async Task APushThatKeepsFailingGivesUpAfterTheBoundAndLeavesTheFeedAsItWas()
    {
        Simulator.FailNext(10, HttpStatusCode.BadGateway, method: "PUT");

        var error = await Assert.ThrowsAsync<ServiceException>(() => Feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0")));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal(3, Simulator.PushAttempts);
        Assert.Empty(await Feed.ListVersionsAsync(TestPackages.Id));
    }

    [Fact]
    public async Task ARejectedKeyFailsAtOnceWithAClearMessageThatHidesTheKey()
    {
        const string WrongKey = "wrong-key-0f9e8d7c";
        using var feed = new NuGetModelFeed(FeedSettings.Http(Simulator.ServiceIndexUri, WrongKey) with { ApiKeySetting = "NUGET_API_KEY" }, Policy(), RecordWaitAsync);

        var error = await Assert.ThrowsAsync<ServiceException>(() => feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0")));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Contains("NUGET_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Simulator.PushAttempts);
        Assert.Empty(_waits);
        Assert.Empty(await feed.ListVersionsAsync(TestPackages.Id));
    }

    [Fact]
    public async Task PushingWithoutAKeyNamesTheSettingToSet()
    {
        using var feed = new NuGetModelFeed(FeedSettings.Http(Simulator.ServiceIndexUri, apiKey: null) with { ApiKeySetting = "NUGET_API_KEY" }, Policy(), RecordWaitAsync);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => feed.PushAsync(TestPackages.Build(Work.Path, "1.0.0")));

        Assert.Contains("NUGET_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Simulator.PushAttempts);
    }

    [Fact]
    public async Task TheSimulatorRejectsAnUploadThatIsNotAPackage()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Simulator.BaseUri, "api/v2/package/"))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("not a zip"u8.ToArray()), "package", "package.nupkg" } },
        };
        request.Headers.Add("X-NuGet-ApiKey", Simulator.ApiKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    internal override async Task<NuGetModelFeed> CreateFeedAsync()
    {
        _simulator = await NuGetFeedSimulator.StartAsync();
        return new NuGetModelFeed(FeedSettings.Http(_simulator.ServiceIndexUri, _simulator.ApiKey), Policy(), RecordWaitAsync);
    }

    private static RetryPolicy Policy() => new() { MaxAttempts = 3, InitialBackoff = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromSeconds(10) };

    /// <summary>Records the back-off instead of sleeping, so the tests check the waits without taking them.</summary>
    private Task RecordWaitAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        _waits.Add(wait);
        return Task.CompletedTask;
    }
}
