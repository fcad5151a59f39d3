namespace Mlops.Build.Integrations.Railway;

/// <summary>A deployment that was rejected; the message says what failed and what was restored.</summary>
public sealed class RailwayDeploymentFailedException : Exception
{
    public RailwayDeploymentFailedException()
    {
    }

    public RailwayDeploymentFailedException(string message)
        : base(message)
    {
    }

    public RailwayDeploymentFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RailwayDeploymentFailedException(RailwayDeploymentResult result)
        : base(result?.Describe())
    {
        Result = result;
    }

    public RailwayDeploymentResult? Result { get; }
}
