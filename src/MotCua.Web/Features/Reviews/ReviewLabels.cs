using MotCua.Domain.Reviews;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reviews;

/// <summary>How review problems read in Vietnamese and English.</summary>
public static class ReviewLabels
{
    public static readonly Text Required = new("Chưa nhập giá trị này.", "This value is required.");

    /// <summary>An input below zero or above its maximum; the domain's detail names the value in English.</summary>
    public static Text Problem(ReviewProblem problem) => problem.Maximum is { } maximum
        ? new($"Giá trị không được lớn hơn {maximum.ToString("N0", ApiSetup.Vietnamese)}.", problem.Detail)
        : new("Giá trị không được là số âm.", problem.Detail);
}
