using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>The API in memory, serving the model at <paramref name="modelPath"/> with any extra settings.</summary>
public class ModelApiFactory(string modelPath, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Model:Path", modelPath);
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Logs)));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
