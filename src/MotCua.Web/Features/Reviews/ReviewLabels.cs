using MotCua.Domain.Reviews;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reviews;

/// <summary>How review problems read in Vietnamese and English.</summary>
public static class ReviewLabels
{
    public static readonly Text Required = new("Chưa nhập giá trị này.", "This value is required.");

    /// <summary>A compliance-cost input below zero, its only problem; the domain's detail names the value in English.</summary>
    public static Text Negative(ReviewProblem problem) => new("Giá trị không được là số âm.", problem.Detail);
}
