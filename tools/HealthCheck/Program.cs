using Mlops.Tools.HealthCheck;

return await ReadinessCheck.RunAsync(Environment.GetEnvironmentVariable("PORT"), Console.Out, CancellationToken.None);
