using Mlops.Tools.ModelFetch;

return await ModelFetchTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, CancellationToken.None);
