namespace Mlops.Build.Integrations.Deploy;

/// <summary>A deployment that did not pass: the message says why and carries the API's own log when there is one.</summary>
public sealed class DeploymentFailedException : Exception
{
    public DeploymentFailedException()
    {
    }

    public DeploymentFailedException(string message)
        : base(message)
    {
    }

    public DeploymentFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DeploymentFailedException WithLog(string reason, string apiLog) => new(
        $"{reason}{Environment.NewLine}--- the API's log ---{Environment.NewLine}" +
        (string.IsNullOrWhiteSpace(apiLog) ? "(the API wrote nothing)" : apiLog));
}
