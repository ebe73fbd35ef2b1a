namespace MotCua.Domain.Dossiers;

/// <summary>What the applicant says mattered in his rating: the points the one-stop desks are judged on.</summary>
public enum RatingReason
{
    /// <summary>Thời gian giải quyết (đúng hẹn hay trễ hẹn).</summary>
    Time,

    /// <summary>Thái độ, tác phong của cán bộ.</summary>
    Attitude,

    /// <summary>Hướng dẫn rõ ràng, đi lại một lần hay nhiều lần.</summary>
    Guidance,

    /// <summary>Thủ tục, giấy tờ đơn giản hay phức tạp.</summary>
    Paperwork,

    /// <summary>Phí, lệ phí và chi phí khác.</summary>
    Cost,

    /// <summary>Nơi tiếp nhận, cơ sở vật chất.</summary>
    Facilities,

    /// <summary>Dịch vụ công trực tuyến.</summary>
    Online,
}
