using Mlops.Api.Contracts;

namespace Mlops.Api.Hosting;

/// <summary>The API's services: settings, JSON, problem details, OpenAPI and the model loaded at start-up.</summary>
internal static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddPredictionApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.Configure<ModelOptions>(configuration.GetSection(ModelOptions.Section));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<ModelState>();
        services.AddHostedService<ModelLoader>();
        return services;
    }
}
