using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Plans;

/// <summary>A plans page: who may write plans (the KSTTHC office and administrators, as the API's write group).</summary>
public abstract class PlanPage : FormPage
{
    public bool CanEdit => OfficerClaims.HasRole(User, Role.KsttOfficer) || OfficerClaims.HasRole(User, Role.Administrator);
}
