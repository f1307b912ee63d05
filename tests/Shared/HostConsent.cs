using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian.Keys;
using Parley.Domain.Access;
using Parley.Ledger.Notes;

namespace Parley.Tests.Shared;

/// <summary>
/// Parties' consent for tests: registers a fresh key for each party (as an administrator would) and submits the
/// party's signed designation of <c>host</c>, so the host's officers see that party's persons. Returns the keys, so a
/// test can also sign a revocation with them.
/// </summary>
public static class HostConsent
{
    public static async Task<IReadOnlyDictionary<string, NoteSigner>> DesignateAsync(IServiceProvider services, string host, params string[] parties)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<PartyKeys>();
        var designations = scope.ServiceProvider.GetRequiredService<HostDesignations>();
        var signers = new Dictionary<string, NoteSigner>();
        var active = (await designations.ListAsync()).Where(d => d.Host == host && d.RevokedAtUtc is null).Select(d => d.Party).ToHashSet();
        foreach (var party in parties.Where(p => !active.Contains(p)))
        {
            var signer = NoteSigner.Generate($"{party.ToLowerInvariant()}.consent.{Guid.NewGuid():N}"[..24]);
            var registered = await keys.RegisterAsync(Viewer.System, party, signer.Verifier.ToString());
            if (registered.Refusal is { } refused)
                throw new InvalidOperationException(refused.Message);
            await SignAsync(designations, signer, party, host);
            signers[party] = signer;
        }
        return signers;
    }

    /// <summary>Signs and submits <paramref name="party"/>'s designation of <paramref name="host"/> with an already registered key.</summary>
    public static async Task SignAsync(HostDesignations designations, NoteSigner signer, string party, string host)
    {
        ArgumentNullException.ThrowIfNull(designations);
        ArgumentNullException.ThrowIfNull(signer);
        var (text, refusal) = await designations.DesignationTextAsync(party, host);
        if (text is null)
            throw new InvalidOperationException(refusal!.Message);
        var outcome = await designations.DesignateAsync(Viewer.System, SignedStatement.Parse(text).Sign(signer).ToString());
        if (outcome.Refusal is { } refused)
            throw new InvalidOperationException(refused.Message);
    }
}
