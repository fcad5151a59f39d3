using Mlops.Bench.ApiCeiling;

// The ceiling for bench/api.sh: a minimal API that binds the same JSON body as /predict and answers a
// constant, so the gap to the real /predict is the cost of checking and scoring.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, CeilingJsonContext.Default));

var app = builder.Build();
app.MapPost("/predict", (ChurnRecord record) => TypedResults.Ok(CeilingResponse.Constant));
app.Run();
