using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
namespace Parley.Server.Features.Log;

/// <summary>Answer to an accepted cosignature: the checkpoint size and who cosigned it in this request.</summary>
public sealed record CosignatureReceipt(long Size, IReadOnlyList<string> Cosigners);
