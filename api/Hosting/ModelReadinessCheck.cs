using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mlops.Api.Hosting;

/// <summary>The health check behind /ready: the verified model is loaded and the app is not stopping.</summary>
internal sealed class ModelReadinessCheck(ModelState state, IHostApplicationLifetime lifetime) : IHealthCheck
{
    /// <summary>The tag of the checks that /ready runs.</summary>
    public const string ReadyTag = "ready";

    // While shutting down the app still answers the requests in flight; load balancers should send no more.
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("The API is shutting down.")
            : !state.IsLoaded ? HealthCheckResult.Unhealthy("The model is not loaded.")
            : HealthCheckResult.Healthy());
}
