using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MotCua.Web.Documents;

/// <summary>Renders a Razor component (a document template) to a complete HTML string.</summary>
public sealed class DocumentRenderer(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        // A renderer per document: an HtmlRenderer keeps every component it rendered until disposed. It resolves
        // scoped services (ComponentsActivitySource in .NET 10), which the root provider refuses where scopes are validated.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
