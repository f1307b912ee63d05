namespace Parley.Ledger.Verification;

/// <summary>How a verifier reaches a log: paths relative to the server's base URL (e.g. <c>log/checkpoint</c>).</summary>
public interface ILogFetcher
{
    /// <summary>The body of GET <paramref name="path"/>, or null when the server answers 404.</summary>
    Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken);

    /// <summary>POSTs <paramref name="body"/> as text; returns the status code and the response text.</summary>
    Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken);
}
