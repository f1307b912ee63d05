using Parley.Server.Features.Log;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLedger(builder.Configuration);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapLog();
app.Run();

public partial class Program;
