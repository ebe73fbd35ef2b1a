namespace MotCua.Web.Common.Security;

/// <summary>The citizen signed in for this request; handlers behind the <see cref="Policies.Citizen"/> policy always have one.</summary>
public sealed class CurrentCitizen(IHttpContextAccessor accessor)
{
    public Guid Id => (accessor.HttpContext is { } http ? CitizenClaims.IdOf(http.User) : null)
        ?? throw new InvalidOperationException("No citizen is signed in: the endpoint must require the Citizen policy.");

    /// <summary>What his writes are recorded as (events, uploads): his account, not his name, so no personal data.</summary>
    public string UserName => $"citizen:{Id}";
}
