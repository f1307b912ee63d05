using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
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
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Log;

/// <summary>
/// One entry with an RFC 9162 inclusion proof to the latest signed checkpoint: the exact entry bytes (base64, the leaf
/// is SHA-256(0x00 || bytes)), the audit path (base64 hashes, leaf to root) and the signed root it must fold up to.
/// </summary>
public sealed record EntryProof(EntrySummary Entry, string EntryBytes, string EntryText, long TreeSize, string Root, IReadOnlyList<string> Path, string CheckpointNote);
