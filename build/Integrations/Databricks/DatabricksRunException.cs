namespace Mlops.Build.Integrations.Databricks;

/// <summary>A job run ended in anything but success; the message carries its state message and run page.</summary>
public sealed class DatabricksRunException : Exception
{
    public DatabricksRunException()
    {
    }

    public DatabricksRunException(string message)
        : base(message)
    {
    }

    public DatabricksRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
