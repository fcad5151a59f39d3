using System.Net;

namespace Mlops.Build.Integrations.Http;

/// <summary>A service refused or failed a call: names the service, the call, the status and the service's own message.</summary>
public sealed class ServiceException : Exception
{
    public ServiceException()
    {
    }

    public ServiceException(string message)
        : base(message)
    {
    }

    public ServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ServiceException(string service, string call, HttpStatusCode? status, string? serviceMessage)
        : base(Format(service, call, status, serviceMessage))
    {
        Service = service;
        Call = call;
        Status = status;
        ServiceMessage = serviceMessage;
    }

    public string Service { get; } = string.Empty;

    public string Call { get; } = string.Empty;

    public HttpStatusCode? Status { get; }

    public string? ServiceMessage { get; }

    private static string Format(string service, string call, HttpStatusCode? status, string? serviceMessage)
    {
        var statusText = status is { } s ? $"{(int)s} {s}" : "no answer";
        return string.IsNullOrWhiteSpace(serviceMessage)
            ? $"{service}: {call} failed with {statusText}."
            : $"{service}: {call} failed with {statusText}: {serviceMessage}";
    }
}
