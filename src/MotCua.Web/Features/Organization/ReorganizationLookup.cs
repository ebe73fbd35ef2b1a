using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

public static class ReorganizationLookup
{
    public static readonly Text Noun = new("văn bản sắp xếp đơn vị", "reorganization act");

    public static Error NotFound(Guid id) => Error.NotFound(Noun, id.ToString());

    public static readonly Error NotInPlan = Error.Conflict(new(
        "Văn bản đã được thông qua, đã có hiệu lực hoặc đã thu hồi.", "The act has already been adopted, is in force, or was withdrawn."));

    public static readonly Error InForce = Error.Conflict(new(
        "Văn bản đã có hiệu lực hoặc đã thu hồi: không thể thu hồi.", "The act is in force or already withdrawn: it cannot be withdrawn."));
}
