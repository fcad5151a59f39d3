namespace Mlops.Build.Integrations.Smoke;

/// <summary>A deployed API failed its smoke tests; the message names each test, its request and the answer.</summary>
public sealed class SmokeTestException : Exception
{
    public SmokeTestException()
    {
    }

    public SmokeTestException(string message)
        : base(message)
    {
    }

    public SmokeTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
