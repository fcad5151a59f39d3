namespace Mlops.Model.Training.XGBoost;

/// <summary>A call into libxgboost failed; the message names the C function and carries XGBGetLastError.</summary>
public sealed class XGBoostException : Exception
{
    public XGBoostException()
    {
    }

    public XGBoostException(string message)
        : base(message)
    {
    }

    public XGBoostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public XGBoostException(string call, string nativeError)
        : base($"{call} failed: {nativeError}")
    {
        Call = call;
        NativeError = nativeError;
    }

    /// <summary>The C API function that returned a failure code.</summary>
    public string? Call { get; }

    /// <summary>The text of XGBGetLastError right after the failure.</summary>
    public string? NativeError { get; }
}
