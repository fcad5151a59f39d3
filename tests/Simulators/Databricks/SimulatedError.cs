using Microsoft.AspNetCore.Http;

namespace Mlops.Simulators.Databricks;

/// <summary>Databricks' error body, <c>{"error_code": …, "message": …}</c>, with its status.</summary>
public static class SimulatedError
{
    public static IResult Result(int status, string errorCode, string message) =>
        Results.Json(new Dictionary<string, string> { ["error_code"] = errorCode, ["message"] = message }, statusCode: status);

    public static IResult InvalidParameter(string message) => Result(400, "INVALID_PARAMETER_VALUE", message);

    public static IResult NotFound(string message) => Result(404, "RESOURCE_DOES_NOT_EXIST", message);
}
