using Microsoft.Extensions.Logging;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Startup;

/// <summary>Model:ExpectedVersion (set by the image from the version it was built for) must match the card served.</summary>
public sealed class ExpectedVersionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mlops-api-expected-{Guid.NewGuid():N}");

    [Fact]
    public void Another_version_than_the_one_asked_for_stops_start_up_naming_both()
    {
        TestModel.CopyTo(_directory);
        using var factory = new ModelApiFactory(_directory, new Dictionary<string, string> { ["Model:ExpectedVersion"] = "9.9.9" });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs.Entries, e => e.Level == LogLevel.Critical).Message;
        Assert.Contains("Model:ExpectedVersion is 9.9.9", critical, StringComparison.Ordinal);
        Assert.Contains(TestModel.Version, critical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_asked_for_starts_and_is_served()
    {
        TestModel.CopyTo(_directory);
        using var factory = new ModelApiFactory(_directory, new Dictionary<string, string> { ["Model:ExpectedVersion"] = TestModel.Version });
        using var client = factory.CreateClient();

        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Contains(TestModel.Version, health, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
