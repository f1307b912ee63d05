using Parley.Server.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddParleyPages();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapParleyPages();
app.Run();

public partial class Program;
