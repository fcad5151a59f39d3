namespace Mlops.Model.Scoring;

/// <summary>The model file is malformed or uses a feature this scorer does not support; the message names the JSON field.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException()
    {
    }

    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
