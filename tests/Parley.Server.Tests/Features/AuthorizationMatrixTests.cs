using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Every endpoint × every role: exactly who may read and write what.</summary>
public sealed partial class AuthorizationMatrixTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _unique;

    /// <summary>
    /// Expected status codes in <see cref="TestRole"/> order: administrator, mediator, delegation UA, delegation RU,
    /// observer, anonymous, then humanitarian UA, RU, host. Talks-record cases may give only the first six: a
    /// humanitarian officer writes nothing there and reads what an observer reads (their party's drafts are a
    /// case of their own). The one-time-password column (an administrator and an officer who have not yet changed
    /// the password they were given) is 403 everywhere unless <see cref="OneTimePassword"/> says otherwise.
    /// </summary>
    private sealed record Case(Func<ParleyApp, HttpClient, Task<HttpResponseMessage>> Send, params int[] Expected)
    {
        public int OneTimePassword { get; init; } = Forbidden;

        public int For(TestRole role) => role switch
        {
            TestRole.AdministratorOneTimePassword or TestRole.HumanitarianOneTimePassword => OneTimePassword,
            _ => (int)role < Expected.Length ? Expected[(int)role] : Expected[(int)TestRole.Observer],
        };
    }

    public static TheoryData<string, TestRole> Matrix()
    {
        var data = new TheoryData<string, TestRole>();
        foreach (var name in Cases.Keys)
        {
            foreach (var role in Enum.GetValues<TestRole>())
            {
                data.Add(name, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_role_gets_exactly_the_expected_status(string endpoint, TestRole role)
    {
        var @case = Cases[endpoint];
        var client = await app.ClientAsync(role);
        var response = await @case.Send(app, client);
        Assert.True(@case.For(role) == (int)response.StatusCode,
            $"{endpoint} as {role}: expected {@case.For(role)}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Unique() => Interlocked.Increment(ref _unique).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> Get(HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    private static async Task<Guid> FirstIdAsync(ParleyApp app, TestRole as_, string path, Func<System.Text.Json.JsonElement, bool>? where = null)
    {
        var list = await (await app.ClientAsync(as_)).GetJsonAsync(path);
        return list.EnumerateArray().First(e => where?.Invoke(e) ?? true).GetProperty("id").GetGuid();
    }
}
