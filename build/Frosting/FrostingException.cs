namespace Cake.Frosting;

/// <summary>The build itself is wrong (its graph, its arguments), as opposed to a task failing.</summary>
public sealed class FrostingException : Exception
{
    public FrostingException()
    {
    }

    public FrostingException(string message)
        : base(message)
    {
    }

    public FrostingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
