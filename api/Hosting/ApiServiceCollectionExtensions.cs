using System.Text.Json.Serialization;
using Mlops.Api.Contracts;
using Mlops.Api.OpenApi;

namespace Mlops.Api.Hosting;

/// <summary>The API's services: settings, JSON, problem details, OpenAPI and the model loaded at start-up.</summary>
internal static class ApiServiceCollectionExtensions
{
    private const int MaxDrainSeconds = 25;

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
        services.AddOpenApi(options => options.AddDocumentTransformer(ModelDocumentInfo.Describe));
        services.AddSingleton<ModelState>();
        services.AddHostedService<ModelLoader>();
        services.AddHostedService<ExpectedVersionCheck>();
        services.AddHostedService<ReadinessDrain>();
        return services;
    }
}
