using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Mlops.Api.Contracts;
using Mlops.Api.OpenApi;

namespace Mlops.Api.Hosting;

/// <summary>The API's services: settings, JSON, problem details, OpenAPI and the model loaded at start-up.</summary>
internal static class ApiServiceCollectionExtensions
{
    private const int MaxDrainSeconds = 25;
    private const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    public static IServiceCollection AddPredictionApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(options => options.MaxBatchSize > 0, "Api:MaxBatchSize must be at least 1.")
            .Validate(options => options.MaxRequestBodyBytes > 0, "Api:MaxRequestBodyBytes must be at least 1.")
            .Validate(options => options.ShutdownDrainSeconds is >= 0 and <= MaxDrainSeconds, $"Api:ShutdownDrainSeconds must be 0 to {MaxDrainSeconds} (the host stops waiting at 30 s).")
            .ValidateOnStart();
        services.Configure<ModelOptions>(configuration.GetSection(ModelOptions.Section));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);

            // Numbers are numbers: the web default of also reading them from strings would blur the OpenAPI schemas.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddProblemDetails();

        // Requests Kestrel rejects before routing get problem details too.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Use(RejectionRewritingWriter.Wrap)));
        services.AddOpenApi(options => options.AddDocumentTransformer(ModelDocumentInfo.Describe));
        services.AddSingleton<ModelState>();
        services.AddHealthChecks().AddCheck<ModelReadinessCheck>("model", tags: [ModelReadinessCheck.ReadyTag]);

        // The health check service logs every unready probe at error level, one line per probe while draining;
        // /ready's 503 and its reasons are the signal.
        services.AddLogging(logging => logging.AddFilter(HealthCheckServiceCategory, LogLevel.Critical));
        services.AddHostedService<ModelLoader>();
        services.AddHostedService<ExpectedVersionCheck>();
        services.AddHostedService<ReadinessDrain>();
        return services;
    }
}
