using Parley.Server;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Server.Components;
using Parley.Server.Features.Account;
using Parley.Server.Features.Analysis;
using Parley.Server.Features.Audit;
using Parley.Server.Features.Calendar;
using Parley.Server.Features.Dashboard;
using Parley.Server.Features.History;
using Parley.Server.Features.Humanitarian;
using Parley.Server.Features.Log;
using Parley.Server.Features.Positions;
using Parley.Server.Features.Records;
using Parley.Server.Features.Search;
using Parley.Server.Features.Texts;
using Parley.Server.Features.Timeline;
using Parley.Server.Features.Users;
using Parley.Server.Security;
using Parley.Application;

var builder = WebApplication.CreateBuilder(args);
builder.UseParleyDefaultUrl();
builder.Services.AddParleyApplication(builder.Configuration);
builder.Services.AddParleyAuth(builder.Configuration);
builder.Services.AddSecurityHeaders();
builder.Services.AddParleyApi();
builder.Services.AddLedger(builder.Configuration);
builder.Services.AddLogCompression();
builder.AddParleyPages();
builder.AddParleyBodyLimits();

var app = builder.Build();
await app.InitialiseParleyAsync();

app.UseHeadAsGet();
app.UseSecurityHeaders();
app.UseParleyApiErrors();
app.UseRouting();
app.UseParleyBodyLimits();
app.UseLogCompression();
app.UseSignInRateLimits();
app.UseAuthentication();
app.UseOneTimePasswordGate();
app.UseCrossSiteGuard();
app.UseAuthorization();
app.UseAntiforgery();

app.MapAccount();
app.MapUsers();
app.MapRecords();
app.MapTimeline();
app.MapSearch();
app.MapHistory();
app.MapDashboard();
app.MapPositions();
app.MapTalksAnalysis();
app.MapAudit();
app.MapCalendar();
app.MapLog();
app.MapCosigners();
app.MapOpenings();
app.MapHumanitarian();
app.MapExchanges();
app.MapChildCases();
app.MapPartyKeys();
app.MapTexts();
app.MapTextProposals();
app.MapTextInitials();
app.MapDesignations();
app.MapApiReference();
app.MapParleyPages();
app.MapGet("/health", () => "ok").ExcludeFromDescription();

app.Run();

/// <summary>The entry point; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
