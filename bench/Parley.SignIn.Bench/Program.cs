using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

// Times failed sign-ins against a running server: a known account with a wrong password against an unknown e-mail,
// alternating in one process so both see the same load. Each attempt comes from its own X-Forwarded-For address (the
// server must trust it, and its per-account limit must be raised) so that no lockout or limit cuts an attempt short.
// Usage: Parley.SignIn.Bench <base-url> <known-email> [rounds=40]
if (args.Length < 2)
{
    await Console.Error.WriteLineAsync("usage: Parley.SignIn.Bench <base-url> <known-email> [rounds]");
    return 2;
}
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
using var client = new HttpClient { BaseAddress = new Uri(args[0]) };
var known = new List<double>();
var unknown = new List<double>();
var address = 0;

async Task<double> TimeAsync(string email)
{
    address++;
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { email, password = "not-the-password-" + address }) };
    request.Headers.Add("X-Forwarded-For", $"198.51.{address / 250}.{address % 250 + 1}");
    var clock = Stopwatch.StartNew();
    using var response = await client.SendAsync(request);
    clock.Stop();
    if ((int)response.StatusCode != 401)
    {
        throw new InvalidOperationException($"{email}: expected 401, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
    return clock.Elapsed.TotalMilliseconds;
}

for (var i = 0; i < 3; i++)
{
    await TimeAsync(args[1]);
    await TimeAsync($"warm{i}@nowhere.example");
}
for (var i = 0; i < rounds; i++)
{
    known.Add(await TimeAsync(args[1]));
    unknown.Add(await TimeAsync($"nobody{i}@nowhere.example"));
}

static double Quantile(List<double> values, double q)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Round(q * (sorted.Count - 1))];
}

Console.WriteLine($"{"account",-10} {"n",4} {"median ms",10} {"p10 ms",8} {"p90 ms",8}");
foreach (var (name, values) in new[] { ("known", known), ("unknown", unknown) })
{
    Console.WriteLine($"{name,-10} {values.Count,4} {Quantile(values, 0.5),10:F1} {Quantile(values, 0.1),8:F1} {Quantile(values, 0.9),8:F1}");
}
Console.WriteLine($"median unknown / known: {Quantile(unknown, 0.5) / Quantile(known, 0.5):F2}");
return 0;
