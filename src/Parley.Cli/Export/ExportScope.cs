namespace Parley.Cli.Export;

/// <summary>What an export contains: the public record, or what a mediator sees (never a party's drafts).</summary>
internal enum ExportScope
{
    Public,
    Mediator,
}
