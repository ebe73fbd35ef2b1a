namespace MotCua.Domain.Indicators.Targets;

/// <summary>What a KPI target of seed 000 Phụ lục II measures (the task numbers 01–11), plus on-time resolution.</summary>
public enum TargetIndicator
{
    /// <summary>01 Tỷ lệ thanh toán trực tuyến.</summary>
    OnlinePayment,

    /// <summary>02 Tỷ lệ hồ sơ trực tuyến.</summary>
    OnlineDossiers,

    /// <summary>03 Tỷ lệ số hóa hồ sơ, kết quả.</summary>
    Digitization,

    /// <summary>04 Tỷ lệ cấp kết quả điện tử.</summary>
    ElectronicResults,

    /// <summary>05 Tỷ lệ chứng thực bản sao điện tử từ bản chính.</summary>
    ElectronicCertifiedCopies,

    /// <summary>06 Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa.</summary>
    Reuse,

    /// <summary>07 Tỷ lệ công bố, công khai TTHC đúng hạn.</summary>
    PublicationOnTime,

    /// <summary>08 Tỷ lệ hồ sơ đồng bộ đầy đủ trên Cổng dịch vụ công quốc gia.</summary>
    PortalSynchronized,

    /// <summary>09 Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.</summary>
    FeedbackOnTime,

    /// <summary>10 Mức độ hài lòng.</summary>
    Satisfaction,

    /// <summary>11 Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng.</summary>
    DocumentsOnline,

    /// <summary>Tỷ lệ hồ sơ giải quyết đúng hạn.</summary>
    OnTimeResolution,
}
