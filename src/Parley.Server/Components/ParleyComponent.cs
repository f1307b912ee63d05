using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Parley.Server.Localization;

namespace Parley.Server.Components;

/// <summary>Base of every Parley component: the interface text in the reader's language.</summary>
public abstract class ParleyComponent : ComponentBase
{
    [Inject] internal IStringLocalizer<UiText> T { get; set; } = default!;
}
