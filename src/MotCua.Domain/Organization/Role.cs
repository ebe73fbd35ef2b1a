namespace MotCua.Domain.Organization;

/// <summary>Roles of DOMAIN.md §1; each is granted for one unit.</summary>
public enum Role
{
    /// <summary>Cán bộ tiếp nhận tại Bộ phận Một cửa.</summary>
    Receptionist,

    /// <summary>Chuyên viên xử lý.</summary>
    Specialist,

    /// <summary>Lãnh đạo: phê duyệt, ký.</summary>
    Leader,

    /// <summary>Cán bộ đầu mối kiểm soát TTHC.</summary>
    KsttOfficer,

    /// <summary>Quản trị hệ thống.</summary>
    Administrator,
}
